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

// The WireGuard views in the harness app served by a running devcloud, in Chromium, as tenants use
// them: log in, enable WireGuard on the source NAT IP, add a user, download its config and read its
// QR code (checked with wg-quick, wg and zbarimg), disable and delete the user, disable the VPN; a
// second tenant, in its own browser, sees none of it. What the browser shows is confirmed through
// the API with the tenant's own keys. A screenshot of every step goes to test-artifacts/ui/.
//
// ui/run-tests.sh starts devcloud and runs this; by hand: DEVCLOUD_STATE=<its state file>
// npm run test:browser (without a state file the suite is skipped).

import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { closeChromium, launchChromium } from './chromium.js'
import { CloudStackApi } from './cloudstack-api.js'
import { loadDevcloudState, statePath, tenantsWithNetwork } from './devcloud.js'
import { describeCalls, errorTextOf, recordApiCalls, settled } from './recorder.js'
import { assertSameConfig, decodeQrBytes, parseWgConfig, removeDir, scratchDir, wgPubkey, wgQuickStrip } from './tools.js'

const here = dirname(fileURLToPath(import.meta.url))
const ARTIFACTS = process.env.UI_ARTIFACTS || join(here, '..', '..', '..', 'test-artifacts', 'ui')
const skip = existsSync(statePath()) ? false : `no devcloud state file at ${statePath()} (start devcloud first)`

const PORT = 51899
const USER_NAME = 'alice-laptop'
const STEP_TIMEOUT = 120000
// A VR push runs inside these jobs; the harness polls every second.
const JOB_TIMEOUT = 60000

// What CloudStack's login page asks before login, and what its UI asks right after login
// (ui/src/store/modules/user.js GetInfo; shared/reference/cloudstack-api-protocol.md §3.1).
// `needed`: CloudStack's UI logs the user out when that answer fails or lacks its envelope.
const BEFORE_LOGIN = ['listGuiThemes', 'listIdps', 'listOauthProvider']
const AFTER_LOGIN = [
  { command: 'listZones', needed: true },
  { command: 'listApis', needed: true },
  { command: 'listNetworks' },
  { command: 'listVPCs' },
  { command: 'listUsers', needed: true },
  // An admin API: CloudStack refuses it to users as well, and its UI ignores that.
  { command: 'listNetworkServiceProviders', adminOnly: true },
  { command: 'listCapabilities', needed: true },
  { command: 'listLdapConfigurations', needed: true, key: 'ldapconfigurationresponse' },
  { command: 'cloudianIsEnabled' }
]

let shotCount = 0
function resetArtifacts () {
  mkdirSync(ARTIFACTS, { recursive: true })
  for (const name of readdirSync(ARTIFACTS)) {
    if (name.endsWith('.png')) {
      rmSync(join(ARTIFACTS, name))
    }
  }
}

async function shoot (page, name) {
  shotCount++
  const path = join(ARTIFACTS, `${String(shotCount).padStart(2, '0')}-${name}.png`)
  // No tooltip of the last clicked button over what the step shows: move away, let it close.
  await page.mouse.move(0, page.viewportSize().height - 1)
  await page.waitForFunction(() => [...document.querySelectorAll('.ant-tooltip')]
    .every(tip => tip.classList.contains('ant-tooltip-hidden') || tip.offsetParent === null), null, { timeout: 3000 })
    .catch(() => {})
  await page.screenshot({ path, fullPage: true, animations: 'disabled' })
  return path
}

function ipLink (address) {
  return `.harness-publicip-link:text-is("${address}")`
}

async function login (page, account, uiUrl) {
  await page.goto(`${uiUrl}#/user/login`)
  await page.waitForSelector('#login-submit')
  await page.fill('#username', account.username)
  await page.fill('#password', account.password)
  await page.click('#login-submit')
}

// Every call of the start, answered as CloudStack's UI needs it; returns a list of problems.
function startProblems (calls, { role }) {
  const problems = []
  const first = command => calls.find(c => c.command === command)
  for (const command of BEFORE_LOGIN) {
    const call = first(command)
    if (!call) {
      problems.push(`${command} was not asked before login`)
    } else if (call.status !== 200 || !call.body || !call.body[`${command.toLowerCase()}response`]) {
      problems.push(`${command} (before login): HTTP ${call.status} ${errorTextOf(call)}`)
    }
  }
  for (const expected of AFTER_LOGIN) {
    const call = first(expected.command)
    const key = expected.key || `${expected.command.toLowerCase()}response`
    if (!call) {
      problems.push(`${expected.command} was not asked after login`)
    } else if (expected.adminOnly && role === 'User') {
      if (call.status >= 500 || call.status === 401) {
        problems.push(`${expected.command}: HTTP ${call.status} ${errorTextOf(call)} (a refusal, 432, is what CloudStack answers)`)
      }
    } else if (call.status !== 200 || !call.body || typeof call.body[key] !== 'object') {
      problems.push(`${expected.command}${expected.needed ? ' (CloudStack\'s UI logs out on this)' : ''}: HTTP ${call.status} ${errorTextOf(call) || `no "${key}"`}`)
    }
  }
  return problems
}

// API errors a page met that no step expected: server errors and refused sessions.
function unexpectedErrors (calls) {
  return calls.filter(c => c.status >= 500 || c.status === 401)
}

describe('WireGuard VPN in Chromium against devcloud', { skip }, () => {
  let state, uiUrl, tenant1, tenant2, api1, api2
  let browser1, browser2, page1
  const calls1 = []
  const calls2 = []
  const pageErrors = []
  let scratch
  let failedStep = null
  // Filled as the flow goes.
  let vpn, user, firstConfig

  // Steps of one flow: after a failed one the rest are skipped instead of waiting out their timeouts.
  function step (name, fn) {
    it(name, { timeout: STEP_TIMEOUT }, async (t) => {
      if (failedStep) {
        t.skip(`an earlier step failed: ${failedStep}`)
        return
      }
      try {
        await fn(t)
      } catch (error) {
        failedStep = name
        for (const [page, label] of [[page1, 'tenant1'], [browser2 && browser2.pages()[0], 'tenant2']]) {
          if (page && !page.isClosed()) {
            await shoot(page, `FAILED-${label}`).catch(() => {})
          }
        }
        throw error
      }
    })
  }

  function watch (page, calls) {
    recordApiCalls(page, calls)
    page.on('pageerror', error => pageErrors.push(`${page.url()}: ${error.message}`))
  }

  before(async () => {
    state = loadDevcloudState()
    uiUrl = state.ui_url.replace(/\/?$/, '/')
    const tenants = tenantsWithNetwork(state)
    assert.ok(tenants.length >= 2, 'devcloud has two tenants with a network and a public IP')
    ;[tenant1, tenant2] = tenants
    api1 = new CloudStackApi(state.api_url, tenant1.account)
    api2 = new CloudStackApi(state.api_url, tenant2.account)
    resetArtifacts()
    scratch = scratchDir()
    browser1 = await launchChromium()
    page1 = browser1.pages()[0] || await browser1.newPage()
    page1.setDefaultTimeout(30000)
    watch(page1, calls1)
  })

  after(async () => {
    // Leave devcloud as found when a step failed half-way: the tenant's VPN goes, users with it.
    if (api1 && tenant1) {
      try {
        const left = await api1.list('listWgVpns', { publicipid: tenant1.network.public_ip.id }, 'wgvpn')
        for (const item of left) {
          await api1.run('deleteWgVpn', { id: item.id })
        }
      } catch (error) {
        console.error(`cleanup: ${error.message}`)
      }
    }
    await closeChromium(browser2).catch(() => {})
    await closeChromium(browser1).catch(() => {})
    removeDir(scratch)
  })

  step('shows the login page and starts after login as CloudStack\'s UI does', async () => {
    const { account, network } = tenant1
    await page1.goto(`${uiUrl}#/user/login`)
    await page1.waitForSelector('#login-submit')
    await shoot(page1, 'login')
    await login(page1, account, uiUrl)
    await page1.waitForSelector(ipLink(network.public_ip.address))
    await settled(calls1)
    const problems = startProblems(calls1, { role: account.role })
    assert.deepEqual(problems, [], `the start after login:\n${describeCalls(calls1)}`)

    const [me] = await api1.list('listUsers', { id: calls1.find(c => c.command === 'listUsers').params.id }, 'user')
    assert.equal(me.username, account.username)
    assert.match(await page1.innerText('.harness-user'), new RegExp(`${me.firstname} ${me.lastname}\\s*\\(${account.name}\\)`))
    assert.equal(await page1.locator(ipLink(tenant2.network.public_ip.address)).count(), 0, 'another tenant\'s IP is listed')
    await shoot(page1, 'public-ips')
  })

  step('enables WireGuard on the source NAT IP and shows its endpoint', async () => {
    const address = tenant1.network.public_ip.address
    await page1.click(ipLink(address))
    await page1.click('.ant-tabs-tab:has-text("WireGuard VPN")')
    await page1.waitForSelector('.wg-vpn__enable')
    assert.match(await page1.innerText('.wg-vpn--disabled .wg-vpn__status'), /not enabled/i)
    await shoot(page1, 'vpn-not-enabled')

    await page1.click('.wg-vpn__enable')
    await page1.waitForSelector('.wg-vpn__port', { state: 'visible' })
    await page1.fill('.wg-vpn__port', String(PORT))
    await shoot(page1, 'enable-vpn-form')
    await page1.click('.wg-vpn__submit')
    await page1.waitForSelector('.wg-vpn__endpoint', { timeout: JOB_TIMEOUT })
    await page1.waitForSelector('.ant-modal-wrap', { state: 'hidden' })
    assert.equal(await page1.innerText('.wg-vpn__endpoint'), `${address}:${PORT}`)

    const vpns = await api1.list('listWgVpns', { publicipid: tenant1.network.public_ip.id }, 'wgvpn')
    assert.equal(vpns.length, 1)
    vpn = vpns[0]
    assert.equal(vpn.port, PORT)
    assert.equal(vpn.state, 'Running')
    assert.equal(await page1.innerText('.wg-vpn__state'), 'Running')
    assert.equal(await page1.innerText('.wg-vpn__publickey'), vpn.publickey)
    await shoot(page1, 'vpn-enabled')
  })

  step('adds a user and shows its config and QR code once, with the private key warning', async () => {
    if (!(await page1.isVisible('.wg-users__add'))) {
      await page1.click('.wg-vpn__manage')
    }
    await page1.click('.wg-users__add')
    await page1.waitForSelector('.wg-create-user__name', { state: 'visible' })
    await page1.fill('.wg-create-user__name', USER_NAME)
    await shoot(page1, 'add-user-form')
    await page1.click('.wg-create-user__submit')
    await page1.waitForSelector('.wg-create-user__result', { timeout: JOB_TIMEOUT })
    assert.match(await page1.innerText('.wg-create-user__warning'), /private key/i)
    const shown = await page1.innerText('.wg-create-user__text')
    await shoot(page1, 'user-created')

    const users = await api1.list('listWgUsers', { vpnid: vpn.id, name: USER_NAME }, 'wguser')
    assert.equal(users.length, 1)
    user = users[0]
    assert.equal(user.enabled, true)

    // The QR code as served and as drawn on the screen both read back as the config.
    const src = await page1.getAttribute('img.wg-create-user__qrcode', 'src')
    assert.match(src, /^data:image\/png;base64,/)
    const served = await decodeQrBytes(Buffer.from(src.split(',')[1], 'base64'), scratch, 'created-qr.png')
    const drawn = await decodeQrBytes(await page1.locator('img.wg-create-user__qrcode').screenshot(), scratch, 'created-qr-screen.png')

    const [download] = await Promise.all([page1.waitForEvent('download'), page1.click('.wg-create-user__download')])
    assert.equal(download.suggestedFilename(), `${USER_NAME}.conf`)
    const configPath = join(scratch, 'first.conf')
    await download.saveAs(configPath)
    firstConfig = readFileSync(configPath, 'utf8')
    assertSameConfig(served, firstConfig, 'the QR code as served')
    assertSameConfig(drawn, firstConfig, 'the QR code on the screen')
    assertSameConfig(shown.trim(), firstConfig.trim(), 'the config on the screen')

    // wg-quick reads the file; its interface, peer and key belong to this user and this VPN.
    const stripped = parseWgConfig(await wgQuickStrip(configPath, scratch))
    const full = parseWgConfig(firstConfig)
    assert.deepEqual(stripped.map(s => s.name), ['Interface', 'Peer'])
    assert.equal(full[0].values.Address, `${user.ip4address}/32`)
    assert.equal(stripped[0].values.Address, undefined, 'wg-quick strip keeps only what wg reads')
    assert.equal(await wgPubkey(stripped[0].values.PrivateKey), user.publickey)
    assert.equal(stripped[1].values.PublicKey, vpn.publickey)
    assert.equal(stripped[1].values.Endpoint, `${tenant1.network.public_ip.address}:${PORT}`)

    await page1.click('.wg-create-user__done')
    await page1.waitForSelector(`.wg-users__name:text-is("${USER_NAME}")`)
    await page1.waitForSelector('.ant-modal-wrap', { state: 'hidden' })
    await shoot(page1, 'users-list')
  })

  step('opens the user and gives its config file and QR code again', async () => {
    await page1.click(`.wg-users__name:text-is("${USER_NAME}")`)
    await page1.waitForSelector('.wg-user__name')
    assert.equal(await page1.innerText('.wg-user__name'), USER_NAME)
    assert.equal(await page1.innerText('.wg-user__ip4address'), user.ip4address)
    assert.equal(await page1.innerText('.wg-user__publickey'), user.publickey)
    await shoot(page1, 'user-details')

    const [download] = await Promise.all([page1.waitForEvent('download'), page1.click('.wg-user__download')])
    const againPath = join(scratch, 'again.conf')
    await download.saveAs(againPath)
    assertSameConfig(readFileSync(againPath, 'utf8'), firstConfig, 'the config downloaded again')

    await page1.click('.wg-user__show-qr')
    await page1.waitForSelector('img.wg-user__qrcode', { state: 'visible' })
    await shoot(page1, 'user-qr-code')
    const drawn = await decodeQrBytes(await page1.locator('img.wg-user__qrcode').screenshot(), scratch, 'details-qr-screen.png')
    assertSameConfig(drawn, firstConfig, 'the QR code of the user details')
    await page1.keyboard.press('Escape')
    await page1.waitForSelector('img.wg-user__qrcode', { state: 'hidden' })

    await page1.goBack()
    await page1.waitForSelector('.wg-vpn__endpoint')
  })

  step('disables the user: the list shows it and listWgUsers answers enabled=false', async () => {
    if (!(await page1.isVisible('.wg-users__add'))) {
      await page1.click('.wg-vpn__manage')
    }
    const row = page1.locator('.wg-users__row', { hasText: USER_NAME })
    assert.equal(await row.locator('.wg-users__enabled').innerText(), 'Yes')
    await row.locator('.wg-users__disable').click()
    await row.locator('.wg-users__enabled:text-is("No")').waitFor({ timeout: JOB_TIMEOUT })
    await row.locator('.wg-users__enable').waitFor()
    await shoot(page1, 'user-disabled')
    const [disabled] = await api1.list('listWgUsers', { id: user.id }, 'wguser')
    assert.equal(disabled.enabled, false)
  })

  step('shows a second tenant, in its own browser, no VPN and none of the first tenant\'s users', async () => {
    const { account, network } = tenant2
    browser2 = await launchChromium()
    const page2 = browser2.pages()[0] || await browser2.newPage()
    page2.setDefaultTimeout(30000)
    watch(page2, calls2)
    await login(page2, account, uiUrl)
    await page2.waitForSelector(ipLink(network.public_ip.address))
    await settled(calls2)
    assert.deepEqual(startProblems(calls2, { role: account.role }), [], `the start after login:\n${describeCalls(calls2)}`)
    assert.equal(await page2.locator(ipLink(tenant1.network.public_ip.address)).count(), 0, 'tenant1\'s IP is listed')
    await shoot(page2, 'tenant2-public-ips')

    await page2.click(ipLink(network.public_ip.address))
    await page2.click('.ant-tabs-tab:has-text("WireGuard VPN")')
    await page2.waitForSelector('.wg-vpn--disabled .wg-vpn__enable')
    await shoot(page2, 'tenant2-no-vpn')

    // The first tenant's user and IP by their ids: nothing of them is shown.
    await page2.goto(`${uiUrl}#/wguser/${user.id}`)
    await page2.waitForSelector('.harness-not-found')
    const userPage = await page2.innerText('body')
    assert.ok(!userPage.includes(USER_NAME) && !userPage.includes(user.publickey), 'tenant1\'s user is shown to tenant2')
    await shoot(page2, 'tenant2-other-tenants-user')
    await page2.goto(`${uiUrl}#/publicip/${tenant1.network.public_ip.id}`)
    await page2.waitForSelector('.harness-not-found')
    assert.equal(await page2.locator('.wg-vpn').count(), 0)
    assert.ok(!(await page2.innerText('body')).includes(vpn.publickey))
    await shoot(page2, 'tenant2-other-tenants-ip')

    assert.deepEqual(await api2.list('listWgVpns', {}, 'wgvpn'), [])
    assert.deepEqual(await api2.list('listWgUsers', {}, 'wguser'), [])
    const direct = await api2.list('listWgUsers', { id: user.id }, 'wguser').catch(error => error)
    assert.ok(Array.isArray(direct) ? direct.length === 0 : [431, 531].includes(direct.errorcode),
      `listWgUsers id=<tenant1's user> as tenant2: ${Array.isArray(direct) ? JSON.stringify(direct.map(u => u.name)) : direct.message}`)
    // Its config holds the private key: refused outright, as another account's object (531).
    const config = await api2.call('getWgUserConfig', { id: user.id }).catch(error => error)
    assert.equal(config.errorcode, 531, `getWgUserConfig id=<tenant1's user> as tenant2: ${config.message || 'answered'}`)
    await closeChromium(browser2)
    browser2 = null
  })

  step('deletes the user after confirmation', async () => {
    const row = page1.locator('.wg-users__row', { hasText: USER_NAME })
    await row.locator('.wg-users__delete').click()
    await page1.waitForSelector('.wg-users__delete-confirm', { state: 'visible' })
    assert.equal(await page1.innerText('.wg-users__delete-name'), USER_NAME)
    await shoot(page1, 'delete-user-confirm')
    await page1.click('.wg-users__delete-confirm')
    await row.waitFor({ state: 'detached', timeout: JOB_TIMEOUT })
    await page1.waitForSelector('.ant-modal-wrap', { state: 'hidden' })
    assert.deepEqual(await api1.list('listWgUsers', { vpnid: vpn.id }, 'wguser'), [])
    await shoot(page1, 'user-deleted')
  })

  step('disables WireGuard after confirmation', async () => {
    await page1.click('.wg-vpn__disable')
    await page1.waitForSelector('.wg-vpn__disable-confirm', { state: 'visible' })
    await shoot(page1, 'disable-vpn-confirm')
    await page1.click('.wg-vpn__disable-confirm')
    await page1.waitForSelector('.wg-vpn--disabled .wg-vpn__enable', { timeout: JOB_TIMEOUT })
    await page1.waitForSelector('.ant-modal-wrap', { state: 'hidden' })
    assert.deepEqual(await api1.list('listWgVpns', { publicipid: tenant1.network.public_ip.id }, 'wgvpn'), [])
    await shoot(page1, 'vpn-disabled')
  })

  step('met no script error and no server error on the way', async () => {
    await settled([...calls1, ...calls2])
    assert.deepEqual(pageErrors, [])
    const errors = unexpectedErrors([...calls1, ...calls2])
    assert.equal(errors.length, 0, describeCalls(errors))
  })
})
