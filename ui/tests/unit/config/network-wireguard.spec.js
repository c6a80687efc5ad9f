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

import { describe, it, expect, beforeEach } from 'vitest'
import store from '@/store'
import section, { wgUserSection, wgVpnTab } from '@/config/section/network-wireguard'
import WgVpnDetails from '@/views/network/WgVpnDetails.vue'
import WgUserDetails from '@/views/network/WgUserDetails.vue'
import CreateWgUser from '@/views/network/CreateWgUser.vue'

// CloudStack wraps views as shallowRef(defineAsyncComponent(import)); loading one shows which view
// a config entry opens.
async function loadedView (component) {
  const loaded = await component.value.__asyncLoader()
  return loaded.default || loaded
}

function grantApis (names) {
  store.commit('SET_APIS', Object.fromEntries(names.map(name => [name, { params: [] }])))
}

describe('network-wireguard section config', () => {
  beforeEach(() => {
    grantApis(['listWgVpns', 'listWgUsers'])
  })

  it('exports the publicip tab and the wguser child resource', () => {
    expect(section.wgVpnTab).toBe(wgVpnTab)
    expect(section.wgUserSection).toBe(wgUserSection)
  })

  describe('the publicip tab', () => {
    it('opens WgVpnDetails', async () => {
      expect(wgVpnTab.name).toBe('wireguard.vpn')
      expect(await loadedView(wgVpnTab.component)).toBe(WgVpnDetails)
    })

    it.each([
      ['a source NAT IP with the plugin on', { issourcenat: true }, ['listWgVpns'], true],
      ['an IP that is not source NAT', { issourcenat: false }, ['listWgVpns'], false],
      ['an IP without the issourcenat field', {}, ['listWgVpns'], false],
      ['a source NAT IP with the plugin off (no listWgVpns)', { issourcenat: true }, [], false]
    ])('shows for %s: %s', (name, record, apis, shown) => {
      grantApis(apis)
      expect(wgVpnTab.show({ id: 'ip-1', ...record })).toBe(shown)
    })
  })

  describe('the wguser resource', () => {
    it('is a hidden child needing listWgUsers, with the proposal columns', () => {
      expect(wgUserSection).toMatchObject({
        name: 'wguser',
        title: 'label.wireguard.vpn.users',
        icon: 'user-switch-outlined',
        permission: ['listWgUsers'],
        hidden: true
      })
      expect(wgUserSection.columns).toEqual(['name', 'state', 'enabled', 'ip4address', 'ip6address', 'splittunnel', 'lasthandshake', 'account', 'domain'])
      expect(wgUserSection.details).toEqual(expect.arrayContaining(['name', 'state', 'account', 'domain', 'ip4address', 'ip6address', 'splittunnel', 'publickey']))
    })

    it('shows the user details tab with WgUserDetails', async () => {
      expect(wgUserSection.tabs.map(tab => tab.name)).toEqual(['details'])
      expect(await loadedView(wgUserSection.tabs[0].component)).toBe(WgUserDetails)
    })

    it('adds users with the CreateWgUser popup', async () => {
      const add = wgUserSection.actions.find(action => action.api === 'createWgUser')
      expect(add).toMatchObject({ listView: true, popup: true, label: 'label.add.wireguard.vpn.user' })
      expect(await loadedView(add.component)).toBe(CreateWgUser)
    })

    it('edits name and split tunnel with updateWgUser', () => {
      const edit = wgUserSection.actions.find(action => action.label === 'label.edit')
      expect(edit).toMatchObject({ api: 'updateWgUser', dataView: true, args: ['name', 'splittunnel'] })
    })

    it.each([
      ['label.enable.wireguard.vpn.user', { enabled: false }, { enabled: true }, true],
      ['label.enable.wireguard.vpn.user', { enabled: true }, { enabled: true }, false],
      ['label.disable.wireguard.vpn.user', { enabled: true }, { enabled: false }, true],
      ['label.disable.wireguard.vpn.user', { enabled: false }, { enabled: false }, false]
    ])('%s on a user %o sends %o, shown: %s', (label, record, sent, shown) => {
      const action = wgUserSection.actions.find(a => a.label === label)
      expect(action.api).toBe('updateWgUser')
      expect(action.args).toEqual(['enabled'])
      expect(action.show(record)).toBe(shown)
      expect(action.mapping.enabled.value(record)).toBe(sent.enabled)
    })

    it('deletes one or many users with deleteWgUser', () => {
      const del = wgUserSection.actions.find(action => action.api === 'deleteWgUser')
      expect(del).toMatchObject({ dataView: true, groupAction: true, message: 'message.delete.wireguard.vpn.user' })
      expect(del.groupMap(['u-1', 'u-2'])).toEqual([{ id: 'u-1' }, { id: 'u-2' }])
    })

    it('names only WireGuard APIs of the contract in its actions', () => {
      const contract = ['createWgUser', 'updateWgUser', 'deleteWgUser']
      wgUserSection.actions.forEach(action => expect(contract).toContain(action.api))
    })
  })
})
