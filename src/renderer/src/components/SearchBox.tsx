// The search box of a screen with a list: "/" (outside a text field) or Ctrl/Cmd+F puts the focus in it.
import { TextInput, type TextInputProps } from '@mantine/core';
import { useRef } from 'react';
import { useSearchShortcut } from '../lib/search-shortcut';

type Props = Pick<TextInputProps, 'style' | 'w'> & {
  /** Its accessible name ("Search parties"); the placeholder names the shortcut beside it. */
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
};

export function SearchBox({ label, placeholder, value, onChange, ...layout }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useSearchShortcut(input);
  return (
    <TextInput
      ref={input}
      size="xs"
      placeholder={`${placeholder}  ( / )`}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      {...layout}
    />
  );
}
