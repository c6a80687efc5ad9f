// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements.  See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership.  The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License.  You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied.  See the License for the
// specific language governing permissions and limitations
// under the License.

// The clients no one here wrote, run on what the browser produced: zbarimg (zbar-tools) reads QR
// codes from PNG files, wg-quick and wg read WireGuard configs. Commands are argv lists; private
// keys go through stdin and files in a 0700 folder, never through argv or the log.

import { execFile } from 'node:child_process'
import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function run (command, args, { input, timeout = 30000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, { timeout, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) {
        error.message = `${command} ${args.join(' ')}: ${error.message.split('\n')[0]} ${stderr.trim()}`
        reject(error)
        return
      }
      resolve({ stdout, stderr })
    })
    if (input !== undefined) {
      child.stdin.end(input)
    }
  })
}

export function scratchDir (prefix = 'ui-browser-') {
  const dir = mkdtempSync(join(process.env.TMPDIR || tmpdir(), prefix))
  chmodSync(dir, 0o700)
  return dir
}

export function removeDir (dir) {
  if (dir) {
    rmSync(dir, { recursive: true, force: true })
  }
}

// The text of the one QR code in a PNG. With --raw -Sbinary zbarimg prints the payload byte for
// byte (no character set guessed, no newline added), so it compares exactly with the config.
export async function decodeQr (pngPath) {
  const { stdout } = await run('zbarimg', ['--quiet', '--raw', '-Sbinary', pngPath])
  return stdout
}

export async function decodeQrBytes (png, dir, name) {
  const path = join(dir, name)
  writeFileSync(path, png, { mode: 0o600 })
  return decodeQr(path)
}

// `wg-quick strip` takes the interface name from the file name, which must be a valid one
// (at most 15 characters of [a-zA-Z0-9_=+.-]): the downloaded file is copied to <ifname>.conf.
export async function wgQuickStrip (configPath, dir, ifname = 'wgui0') {
  const copy = join(dir, `${ifname}.conf`)
  copyFileSync(configPath, copy)
  chmodSync(copy, 0o600)
  const { stdout } = await run('wg-quick', ['strip', copy])
  return stdout
}

export async function wgPubkey (privateKey) {
  const { stdout } = await run('wg', ['pubkey'], { input: `${privateKey}\n` })
  return stdout.trim()
}

// The [Section] key = value lines of a wg-quick config (comments and blank lines dropped).
export function parseWgConfig (text) {
  const sections = []
  let current = null
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim()
    if (!line) {
      continue
    }
    const header = line.match(/^\[(\w+)\]$/)
    if (header) {
      current = { name: header[1], values: {} }
      sections.push(current)
      continue
    }
    const pair = line.match(/^([A-Za-z]+)\s*=\s*(.*)$/)
    if (!pair || !current) {
      throw new Error(`not a wg-quick config line: ${JSON.stringify(maskSecrets(raw))}`)
    }
    current.values[pair[1]] = pair[2]
  }
  return sections
}

// A config with its secrets replaced, for failure messages (test output is kept as a CI log).
export function maskSecrets (text) {
  return String(text).replace(/^(\s*(?:PrivateKey|PresharedKey)\s*=\s*).*$/gm, '$1<hidden>')
}

// Fails, without printing a key, unless the two configs are the same text.
export function assertSameConfig (actual, expected, what) {
  if (actual === expected) {
    return
  }
  const a = String(actual).split('\n')
  const b = String(expected).split('\n')
  const lines = []
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      lines.push(`line ${i + 1}: ${JSON.stringify(maskSecrets(a[i] ?? '<none>'))} instead of ${JSON.stringify(maskSecrets(b[i] ?? '<none>'))}`)
    }
  }
  throw new Error(`${what}: differs from the config\n${lines.join('\n')}`)
}
