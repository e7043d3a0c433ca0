/** Every public URL path Hallway links to, in one place. */
export const conferencePath = (conference: string) => `/conferences/${conference}`;
export const talkPath = (conference: string, talk: string) => `/conferences/${conference}/talks/${talk}`;
export const speakerPath = (speaker: string) => `/speakers/${speaker}`;
export const writeupPath = (writeup: string) => `/writeups/${writeup}`;
export const authorPath = (username: string) => `/authors/${username}`;
