// The design system both apps use (styles in ./base.css, the logo in ./logo.svg): translations
// setup, feedback and states, the confirm dialog, fields, avatars, identity, tags, toasts, the
// screen title, the language toggle, the searchable picker (Combobox), list filters (FiltersBar,
// SearchFilter, SelectFilter), one choice among a few (RadioGroup), several (CheckboxGroup),
// skills to tick by domain (SkillChecklist), a screen's table of contents (SectionNav)
// and focus helpers.
export { initI18n, setLanguage, localeOf, LANGUAGES, type Language, type CatalogueKey } from './i18n.ts';
export { LanguageSwitch } from './LanguageSwitch.tsx';
export { LanguageToggle } from './LanguageToggle.tsx';
export { REGIONS } from './regions.ts';
export { LiveStatus, TroubleAlert, Skeleton, LoadFailed, EmptyState, type Trouble } from './Feedback.tsx';
export { ScreenTitle, BRAND } from './ScreenTitle.tsx';
export {
  ConfirmDialog,
  ConfirmButton,
  type ConfirmDialogProps,
  type ConfirmButtonProps,
  type DialogField,
  type Failure,
} from './ConfirmDialog.tsx';
export { Field, type FieldProps, type ControlProps } from './Field.tsx';
export { Avatar, photoSources, type AvatarSize } from './Avatar.tsx';
export { Logo, LogoMark } from './Logo.tsx';
export { Illustration, illustrationOf } from './Illustration.tsx';
export { Tag, Tags, type TagTone } from './Tag.tsx';
export { AnnouncerProvider, useAnnouncer, type Tone } from './Toasts.tsx';
export { focusSoon, useFocusSoon } from './focus.ts';
export { colourOf, initialsOf, contrastOf, AVATAR_COLOURS } from './identity.ts';
export { CopyButton } from './CopyButton.tsx';
export { useArrival, useNow } from './navigation.ts';
export { Disclosure, type DisclosureProps } from './Disclosure.tsx';
export { SectionNav } from './SectionNav.tsx';
export { FiltersBar } from './FiltersBar.tsx';
export { RadioGroup } from './RadioGroup.tsx';
export { SearchFilter } from './SearchFilter.tsx';
export { SelectFilter } from './SelectFilter.tsx';
export { CheckboxGroup } from './CheckboxGroup.tsx';
export { SkillChecklist, type ChecklistSkill } from './SkillChecklist.tsx';
export {
  FormActions,
  FormOpener,
  SubmitButton,
  type FormActionsProps,
  type FormOpenerProps,
  type SubmitButtonProps,
} from './FormActions.tsx';
export { SignInForm, LinkSentNotice, signInProblemOf, safeReturnPath, type SignInFormProps } from './SignIn.tsx';
export { useSignInFlow, type SignInFlow, type SignInRequests } from './sign-in-flow.ts';
export { fieldErrorsByName, fieldErrorParts, type FieldErrorsByName } from './field-errors.tsx';
export { Combobox, fold, matching, type ComboboxOption, type ComboboxProps } from './Combobox.tsx';
export { reportRateLimited, SlowDownNotice } from './SlowDown.tsx';
export { Shelf, ShelfCards } from './Shelf.tsx';
export { wallClock, type WallClock } from './wall-clock.ts';
export { ErrorBoundary, ScreenBoundary, ScreenFailed } from './ErrorBoundary.tsx';
