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

import { describe, it, expect, beforeEach, vi } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createStore } from 'vuex'
import { flushPromises, mount } from '@vue/test-utils'
import Antd from '../../harness/antd'
import { mockCommands, resetApi } from '../mock/mockApi'
import { track } from '../common'
import { createHarnessI18n } from '../../harness/i18n'
import WgVpnDetails from '@/views/network/WgVpnDetails.vue'
import WgUserDetails from '@/views/network/WgUserDetails.vue'

vi.mock('@/api', () => import('../mock/mockApi'))

const ui = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const newKeys = JSON.parse(readFileSync(join(ui, 'public/locales/en.json'), 'utf8'))
const reusedKeys = JSON.parse(readFileSync(join(ui, 'harness/locales/cloudstack-en.json'), 'utf8'))
// Keys the harness pages use on their own; the components must not rely on them.
const HARNESS_ONLY = ['label.details', 'label.ipaddress', 'label.login', 'label.logout', 'label.network', 'label.password',
  'label.public.ip.addresses', 'label.source.nat', 'label.username', 'label.zone']

function sourceFiles (dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? sourceFiles(path) : (/\.(vue|js)$/.test(entry.name) ? [path] : [])
  })
}

// Every translation key the WireGuard sources name, with `${action}` keys expanded.
function keysUsedBySources () {
  const keys = new Set()
  for (const file of sourceFiles(join(ui, 'src'))) {
    const text = readFileSync(file, 'utf8')
    for (const [, key] of text.matchAll(/['`]((?:label|message|error)\.[a-z0-9.${}]+)['`]/g)) {
      if (key.includes('${action}')) {
        keys.add(key.replace('${action}', 'enable'))
        keys.add(key.replace('${action}', 'disable'))
      } else {
        keys.add(key)
      }
    }
    for (const [, tab] of text.matchAll(/name: '([a-z.]+)',\n\s+component/g)) {
      if (tab !== 'details') {
        keys.add(`label.${tab}`)
      }
    }
  }
  return [...keys].sort()
}

describe('WireGuard translations (en.json)', () => {
  it('holds only new label.* and message.* keys, sorted', () => {
    const keys = Object.keys(newKeys)
    keys.forEach(key => expect(key).toMatch(/^(label|message)\.[a-z0-9]+(\.[a-z0-9]+)+$/))
    expect(keys).toEqual([...keys].sort())
    keys.forEach(key => expect(reusedKeys).not.toHaveProperty(key))
  })

  it('has a text for every key the components and section config use', () => {
    const known = { ...reusedKeys, ...newKeys }
    // The scan itself must see the keys (a broken pattern would find none and pass).
    expect(keysUsedBySources()).toEqual(expect.arrayContaining(['label.wireguard.vpn', 'label.enable.wireguard.vpn.user',
      'message.error.wireguard.port', 'error.fetching.async.job.result']))
    const missing = keysUsedBySources().filter(key => !(key in known))
    expect(missing).toEqual([])
  })

  it('has no key that nothing uses', () => {
    const used = new Set(keysUsedBySources())
    expect(Object.keys(newKeys).filter(key => !used.has(key))).toEqual([])
  })

  it('reuses only CloudStack keys the components need, plus the harness pages', () => {
    const used = new Set(keysUsedBySources())
    const unused = Object.keys(reusedKeys).filter(key => !used.has(key) && !HARNESS_ONLY.includes(key) &&
      !['label.success', 'label.error', 'label.loading', 'message.request.failed'].includes(key))
    expect(unused).toEqual([])
  })
})

describe('WireGuard texts as a user reads them', () => {
  beforeEach(() => {
    resetApi()
  })

  function mountTranslated (component, props) {
    const store = createStore({ getters: { apis: () => ({ listWgVpns: {}, deleteWgVpn: {}, listWgUsers: {}, getWgUserConfig: {} }) } })
    return track(mount(component, {
      props,
      attachTo: document.body,
      global: { plugins: [Antd, store, createHarnessI18n()], mocks: { $pollJob: vi.fn(), $notifyError: vi.fn() } }
    }))
  }

  it('states the proposal line for an enabled VPN', async () => {
    mockCommands({
      listWgVpns: { listwgvpnsresponse: { count: 1, wgvpn: [{ id: 'vpn-1', publicip: '1.2.3.4', port: 51820, state: 'Running', ip4range: '10.8.0.0/24', publickey: 'k' }] } }
    })
    const wrapper = mountTranslated(WgVpnDetails, { resource: { id: 'ip-1', ipaddress: '1.2.3.4' } })
    await flushPromises()
    expect(wrapper.find('.wg-vpn__status').text())
      .toBe('Your WireGuard VPN is currently enabled and can be accessed via the IP. 1.2.3.4:51820')
    expect(wrapper.find('.wg-vpn__manage').text()).toBe('Manage VPN users')
    expect(wrapper.find('.wg-vpn__disable').text()).toBe('Disable WireGuard VPN')
  })

  it('labels the user details as the proposal does', async () => {
    const wrapper = mountTranslated(WgUserDetails, {
      resource: { id: 'u-1', name: 'testvpn', state: 'Active', account: 'admin', domain: 'ROOT', ip4address: '10.10.99.3', splittunnel: true, publickey: 'k' }
    })
    await flushPromises()
    const labels = wrapper.findAll('.ant-descriptions-item-label').map(l => l.text())
    expect(labels).toEqual(expect.arrayContaining(['Name', 'State', 'Account', 'Domain', 'IPv4 enabled', 'IPv4 address',
      'IPv6 enabled', 'IPv6 address', 'Split tunnel', 'Public key']))
    expect(wrapper.find('.wg-user__ip6address').text()).toBe('N/A')
    expect(wrapper.find('.wg-user__download').text()).toBe('Download Config File')
  })
})
