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

// Phase 2 (not run by ui/run-tests.sh yet): the WireGuard views in the harness app served by a
// running devcloud, in Chromium, as a tenant would use them. Run: npm run test:browser
// (devcloud started first; DEVCLOUD_STATE points elsewhere than /run/devcloud/devcloud.json).

import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { launchChromium } from './chromium.js'
import { loadDevcloudState, statePath, tenantWithNetwork } from './devcloud.js'

const skip = existsSync(statePath()) ? false : `no devcloud state file at ${statePath()} (start devcloud first)`
const PORT = 51899

describe('WireGuard VPN in the browser against devcloud', { skip }, () => {
  let state, tenant, network, browser, page

  before(async () => {
    state = loadDevcloudState()
    ;({ account: tenant, network } = tenantWithNetwork(state))
    browser = await launchChromium()
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } })
    page = await context.newPage()
  })

  after(async () => {
    if (page) {
      // Leave devcloud as found: disable the VPN if a failed step left it on.
      await page.evaluate(async (ipId) => {
        const sessionkey = window.localStorage.getItem('wgharness.sessionkey')
        const call = (command, params, method) => {
          const fields = new URLSearchParams({ command, response: 'json', sessionkey, ...params })
          return method === 'GET'
            ? fetch(`/client/api?${fields}`).then(r => r.json())
            : fetch('/client/api', { method: 'POST', body: fields }).then(r => r.json())
        }
        const json = await call('listWgVpns', { publicipid: ipId, listall: 'true' }, 'GET')
        const vpn = ((json.listwgvpnsresponse || {}).wgvpn || [])[0]
        if (vpn) {
          await call('deleteWgVpn', { id: vpn.id }, 'POST')
        }
      }, network.public_ip.id).catch(() => {})
    }
    if (browser) {
      await browser.close()
    }
  })

  it('logs the tenant in and lists its public IPs', async () => {
    await page.goto(`${state.ui_url.replace(/\/?$/, '/')}#/user/login`)
    await page.fill('#username', tenant.username)
    await page.fill('#password', tenant.password)
    await page.click('#login-submit')
    await page.waitForSelector(`.harness-publicip-link:has-text("${network.public_ip.address}")`)
  })

  it('enables WireGuard on the source NAT IP and shows ip:port', async () => {
    await page.click(`.harness-publicip-link:has-text("${network.public_ip.address}")`)
    await page.click('.ant-tabs-tab:has-text("WireGuard VPN")')
    await page.click('.wg-vpn__enable')
    await page.fill('.wg-vpn__port', String(PORT))
    await page.click('.wg-vpn__submit')
    const status = await page.waitForSelector('.wg-vpn__status:has(.wg-vpn__endpoint)', { timeout: 60000 })
    assert.equal(await status.innerText(),
      `Your WireGuard VPN is currently enabled and can be accessed via the IP. ${network.public_ip.address}:${PORT}`)
  })

  it('adds a user with a generated key and shows its config once, with QR code and warning', async () => {
    await page.click('.wg-vpn__manage')
    await page.click('.wg-users__add')
    await page.fill('.wg-create-user__name', 'browser-user')
    await page.click('.wg-create-user__submit')
    await page.waitForSelector('.wg-create-user__result', { timeout: 60000 })
    assert.match(await page.innerText('.wg-create-user__warning'), /private key/)
    assert.match(await page.getAttribute('img.wg-create-user__qrcode', 'src'), /^data:image\/png;base64,iVBOR/)
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.wg-create-user__download')])
    assert.equal(download.suggestedFilename(), 'browser-user.conf')
    const config = readFileSync(await download.path(), 'utf8')
    assert.match(config, /^\[Interface\]$/m)
    assert.match(config, new RegExp(`^Endpoint = ${network.public_ip.address.replace(/\./g, '\\.')}:${PORT}$`, 'm'))
    await page.click('.wg-create-user__done')
  })

  it('opens the user details and downloads the config file again', async () => {
    await page.click('.wg-users__name:has-text("browser-user")')
    await page.waitForSelector('.wg-user__name')
    assert.equal(await page.innerText('.wg-user__name'), 'browser-user')
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.wg-user__download')])
    assert.equal(download.suggestedFilename(), 'browser-user.conf')
    await page.goBack()
  })

  it('disables WireGuard after confirmation', async () => {
    await page.click('.wg-vpn__disable')
    await page.click('.wg-vpn__disable-confirm')
    await page.waitForSelector('.wg-vpn__enable', { timeout: 60000 })
  })
})
