// ethers.js (v6, the real library from node_modules) making and opening keystore V3 files, for
// the keystore interoperability tests. Reads one JSON request on stdin:
//   {"op": "encrypt", "key": "0x…", "password": "…", "n": 1024}  → prints the keystore JSON
//   {"op": "decrypt", "keystore": "…", "password": "…"}         → prints the address
const path = require("path");
const { encryptKeystoreJsonSync, decryptKeystoreJsonSync, computeAddress } = require(
  path.join(process.cwd(), "node_modules", "ethers"),
);

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const req = JSON.parse(input);
  if (req.op === "encrypt") {
    const account = { address: computeAddress(req.key), privateKey: req.key };
    process.stdout.write(encryptKeystoreJsonSync(account, req.password, { scrypt: { N: req.n } }));
  } else {
    try {
      process.stdout.write(decryptKeystoreJsonSync(req.keystore, req.password).address);
    } catch (err) {
      process.stdout.write("ERROR " + err.message);
      process.exitCode = 3;
    }
  }
});
