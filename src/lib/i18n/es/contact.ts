import type { contact as en } from '../en/contact';
import type { Strings } from '../shape';

export const contact: Strings<typeof en> = {
  call: (number: string) => `Llama al ${number}`,
  tty: (number: string) => `TTY ${number}`,
  text: (number: string, keyword?: string) =>
    keyword ? `Envía la palabra ${keyword} por mensaje de texto al ${number}` : `Envía un mensaje de texto al ${number}`,
  chat: (host: string) => `Chatea en línea en ${host}`,
  web: (host: string) => `Sitio web: ${host}`,
  keywordTo: (keyword: string, number: string) => `${keyword} al ${number}`,
  press: (key: string) => `(marca el ${key})`,
};
