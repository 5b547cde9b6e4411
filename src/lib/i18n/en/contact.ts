export const contact = {
  call: (number: string) => `Call ${number}`,
  tty: (number: string) => `TTY ${number}`,
  text: (number: string, keyword?: string) => (keyword ? `Text ${keyword} to ${number}` : `Text ${number}`),
  chat: (host: string) => `Chat online at ${host}`,
  web: (host: string) => `Website: ${host}`,
} as const;
