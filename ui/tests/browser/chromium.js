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

// Debian's Chromium driven by playwright-core (no browser download): headless, no sandbox (CI runs
// as root), nothing that reaches out of the machine, and a fresh profile per browser that is
// removed again on close, so no session, cookie or stored key outlives a test.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export function chromiumPath () {
  return process.env.CHROMIUM || '/usr/bin/chromium'
}

// A browser with its own --user-data-dir (Playwright passes the directory given here as that
// flag). Returns the context; close it with closeChromium.
export async function launchChromium ({ viewport = { width: 1366, height: 900 } } = {}) {
  const profile = mkdtempSync(join(process.env.TMPDIR || tmpdir(), 'ui-chromium-'))
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      acceptDownloads: true,
      viewport,
      locale: 'en-US',
      timezoneId: 'UTC'
    })
    context.profileDir = profile
    return context
  } catch (error) {
    rmSync(profile, { recursive: true, force: true })
    throw error
  }
}

export async function closeChromium (context) {
  if (!context) {
    return
  }
  try {
    await context.close()
  } finally {
    rmSync(context.profileDir, { recursive: true, force: true })
  }
}
