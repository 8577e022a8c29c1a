// Runs before install/start on whatever Node the user has, so it must parse on very old Node:
// no modern syntax here. better-sqlite3 and Electron's installer crash on older Node.
var parts = process.versions.node.split('.').map(Number);
var ok = parts[0] > 22 || (parts[0] === 22 && parts[1] >= 12);
if (!ok) {
  console.error('Journey Mapper needs Node.js 22.12 or newer (Node 24 recommended, see .nvmrc); this is Node ' + process.versions.node + '.');
  process.exit(1);
}
