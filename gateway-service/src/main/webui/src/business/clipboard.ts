/**
 * Copies text to the clipboard; false when the browser refuses (no permission, insecure context, no API), so the
 * caller can show the text for copying by hand.
 */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = navigator.clipboard): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
