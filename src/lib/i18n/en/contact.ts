export const contact = {
  call: (number: string) => `Call ${number}`,
  tty: (number: string) => `TTY ${number}`,
  text: (number: string, keyword?: string) => (keyword ? `Text ${keyword} to ${number}` : `Text ${number}`),
  chat: (host: string) => `Chat online at ${host}`,
  web: (host: string) => `Website: ${host}`,
  /** An inline number in prose (<Dial>): a text keyword and where to send it, and a key to press once connected. */
  keywordTo: (keyword: string, number: string) => `${keyword} to ${number}`,
  press: (key: string) => `(press ${key})`,
} as const;
