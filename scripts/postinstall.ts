/**
 * Runs after `npm install` / `npm ci`, on the Node 24 that the devDependency `node` just installed.
 * When npm itself ran on an older Node, it printed an "EBADENGINE" warning for every package that
 * needs Node 22 or later; say once why they do no harm, so nobody chases them.
 */
const npmNode = /\bnode\/v(\d+)\.(\d+)/.exec(process.env.npm_config_user_agent ?? '');
const [major, minor] = npmNode ? [Number(npmNode[1]), Number(npmNode[2])] : [Infinity, 0];
if (major < 22 || (major === 22 && minor < 12)) {
  console.log(
    `\nnpm körde på Node ${npmNode![1]}.${npmNode![2]}, så varningarna "EBADENGINE" ovan är väntade: de gäller paket som kräver Node 22.12 eller senare. ` +
      `Alla npm-kommandon i projektet (npm start, npm test, npm run …) körs på Node ${process.versions.node}, som installerades i node_modules/.bin/node. Du behöver inte göra något.\n`,
  );
}
