/**
 * Functions added to Excel after 2007 are stored in files with an `_xlfn.` prefix; without it Excel shows
 * #NAME?. Office.js adds and hides the prefix itself; exceljs does neither, so the .xlsx side does both
 * here. Only the function-name positions outside string literals and quoted sheet names are touched.
 */

const FUTURE_FUNCTIONS = new Set(
  (
    "AGGREGATE ARABIC BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV BITAND BITLSHIFT BITOR " +
    "BITRSHIFT BITXOR CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT CHISQ.TEST " +
    "CHOOSECOLS CHOOSEROWS COMBINA CONCAT CONFIDENCE.NORM CONFIDENCE.T COT COTH COVARIANCE.P COVARIANCE.S CSC CSCH " +
    "DAYS DECIMAL DROP ERF.PRECISE ERFC.PRECISE EXPAND EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST " +
    "FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV GAMMALN.PRECISE " +
    "GAUSS HSTACK HYPGEOM.DIST IFNA IFS ISFORMULA ISOWEEKNUM LAMBDA LET LOGNORM.DIST LOGNORM.INV MAXIFS MINIFS " +
    "MODE.MULT MODE.SNGL NEGBINOM.DIST NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV NUMBERVALUE " +
    "PERCENTILE.EXC PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA PHI POISSON.DIST QUARTILE.EXC " +
    "QUARTILE.INC RANDARRAY RANK.AVG RANK.EQ SEC SECH SEQUENCE SHEET SHEETS SKEW.P SORTBY STDEV.P STDEV.S SWITCH " +
    "T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TAKE TEXTAFTER TEXTBEFORE TEXTJOIN TEXTSPLIT TOCOL TOROW " +
    "UNICHAR UNICODE UNIQUE VALUETOTEXT ARRAYTOTEXT VAR.P VAR.S VSTACK WEIBULL.DIST WORKDAY.INTL WRAPCOLS " +
    "WRAPROWS XLOOKUP XMATCH XOR Z.TEST"
  ).split(" "),
);
/** Dynamic-array functions that also live in the worksheet namespace. */
const WORKSHEET_FUNCTIONS = new Set(["FILTER", "SORT"]);

/** Applies `fn` to every stretch of the formula that is not a string literal or a quoted sheet name. */
function mapOutsideQuotes(formula: string, fn: (code: string) => string): string {
  let out = "";
  let code = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      out += fn(code);
      code = "";
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else {
      code += ch;
      i++;
    }
  }
  return out + fn(code);
}

/** Adds `_xlfn.` (and `_xlws.`) to post-2007 function names, as Excel stores them. */
export function addFunctionPrefixes(formula: string): string {
  return mapOutsideQuotes(formula, (code) =>
    code.replace(/(^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)(?=\()/g, (whole, before: string, name: string) => {
      const upper = name.toUpperCase();
      if (WORKSHEET_FUNCTIONS.has(upper)) return `${before}_xlfn._xlws.${name}`;
      if (FUTURE_FUNCTIONS.has(upper)) return `${before}_xlfn.${name}`;
      return whole;
    }),
  );
}

/** Removes the storage prefixes, so formulas read back as people and Office.js write them. */
export function stripFunctionPrefixes(formula: string): string {
  return mapOutsideQuotes(formula, (code) => code.replace(/_xl(?:fn|ws|udf)\./gi, ""));
}
