import {
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type MenuProps,
} from "@fluentui/react-components";
import { LocalLanguageRegular } from "@fluentui/react-icons/lib/atoms/svg/local-language";
import type { Language } from "../../core/messages/message";
import { languageEnglish, languageMenuLabel, languageVietnamese } from "../../core/messages/ui";
import { useMessages } from "../useMessages";

export interface LanguageMenuProps {
  language: Language;
  onLanguageChange: (language: Language) => void;
}

const LANGUAGES = [
  { value: "vi", name: languageVietnamese },
  { value: "en", name: languageEnglish },
] as const;

/** The header's language switch: a small menu button naming the current language, with the two choices. */
export function LanguageMenu({ language, onLanguageChange }: LanguageMenuProps) {
  const { t } = useMessages();
  const onCheckedValueChange: MenuProps["onCheckedValueChange"] = (_event, data) => {
    const picked = data.checkedItems[0];
    if (picked === "vi" || picked === "en") onLanguageChange(picked);
  };
  const current = LANGUAGES.find((entry) => entry.value === language) ?? LANGUAGES[0];
  return (
    // `inline` keeps the popup next to its button in the DOM, inside the header landmark, rather than in a
    // portal at the end of the body that screen-reader landmark navigation would not reach.
    <Menu inline checkedValues={{ language: [language] }} onCheckedValueChange={onCheckedValueChange}>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance="subtle" size="small" icon={<LocalLanguageRegular />} aria-label={t(languageMenuLabel)}>
          {t(current.name)}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {LANGUAGES.map((entry) => (
            <MenuItemRadio key={entry.value} name="language" value={entry.value} lang={entry.value}>
              {t(entry.name)}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
