/**
 * Waits (up to 30 s) until a server answers `url` with a success, for the scripts that start the site's
 * server and then measure it. Throws if it never does.
 * @param {string} url
 */
export async function untilServing(url) {
  for (let tries = 0; tries < 120; tries++) {
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`The server did not start at ${url}.`);
}
