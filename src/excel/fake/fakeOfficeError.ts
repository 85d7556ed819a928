/**
 * The error the fake throws, shaped like OfficeExtension.Error (name "RichApi.Error", `code`, `debugInfo`) so
 * code that inspects `error.code` or `error.debugInfo.errorLocation` behaves as it would against Excel.
 * installFakeExcel exposes this class as `OfficeExtension.Error`, so `instanceof OfficeExtension.Error` works.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: OfficeExtension.DebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** Excel's messages for the error codes the fake raises, so tests can match on text as well as code. */
const MESSAGES = {
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource already exists.",
  InvalidOperation: "The operation is invalid for the object or the current state.",
  AccessDenied: "You cannot perform the requested operation.",
  InvalidReference: "This reference is not valid for the current operation.",
  NotImplemented: "The requested feature isn't implemented.",
  InvalidObjectPath:
    "The object path isn't working for what you're trying to do. If you're using the object across multiple " +
    '"context.sync" calls and outside the sequential execution of a ".run" batch, please use the ' +
    '"context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, ' +
    "so that any automatically-tracked objects can be released at the completion of the batch operation.",
} as const;

export type FakeErrorCode = keyof typeof MESSAGES;

/** An error with Excel's code and standard message; `detail` is appended to say what exactly was wrong. */
export function officeError(code: FakeErrorCode, errorLocation: string, detail?: string): FakeOfficeError {
  const message = detail === undefined ? MESSAGES[code] : `${MESSAGES[code]} (${detail})`;
  return new FakeOfficeError(code, message, errorLocation);
}

/** Excel's PropertyNotLoaded error, thrown when a property is read before load() and context.sync(). */
export function propertyNotLoaded(property: string, typeName: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on ` +
      'the containing object and call "context.sync()" on the associated request context.',
    `${typeName}.${property}`,
  );
}

/** Excel's ValueNotLoaded error, thrown when a ClientResult's value is read before context.sync(). */
export function valueNotLoaded(): FakeOfficeError {
  return new FakeOfficeError(
    "ValueNotLoaded",
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" ' +
      "on the associated request context.",
  );
}

/**
 * Raised for API use the fake deliberately does not model. The code is Excel's NotImplemented and the message
 * starts with "[fake-excel]" so a failing test says plainly that the fake, not the code under test, is the limit.
 */
export function notModelled(what: string, errorLocation: string): FakeOfficeError {
  return new FakeOfficeError("NotImplemented", `[fake-excel] not modelled: ${what}`, errorLocation);
}

/** Excel's error for a 2-D array whose size differs from the range it is written to. */
export function dimensionMismatch(errorLocation: string, detail: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${detail})`,
    errorLocation,
  );
}
