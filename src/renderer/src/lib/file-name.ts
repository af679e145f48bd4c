// The last part of a path, on any platform (a Windows path uses backslashes): what the app shows of a file.
export function fileName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
