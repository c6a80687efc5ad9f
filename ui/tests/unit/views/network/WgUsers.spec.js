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
import { apiError, callsOf, mockCommands, mockJob, resetApi } from '../../../mock/mockApi'
import { mountWith, setInput, settle, spyOnFeedback } from '../../../common'
import WgUsers from '@/views/network/WgUsers.vue'
import CreateWgUser from '@/views/network/CreateWgUser.vue'

vi.mock('@/api', () => import('../../../mock/mockApi'))

const ALL_APIS = ['listWgUsers', 'createWgUser', 'updateWgUser', 'deleteWgUser', 'listWgVpns']

const vpn = { id: 'vpn-1', publicip: '203.0.113.10', port: 51820, state: 'Running' }

// CloudStack's date format, yyyy-MM-dd'T'HH:mm:ssZ.
function apiDate (date) {
  return date.toISOString().replace(/\.\d{3}Z$/, '+0000')
}

function user (n, extra = {}) {
  return {
    id: `u-${n}`,
    name: `user-${n}`,
    vpnid: 'vpn-1',
    state: 'Active',
    enabled: true,
    ip4address: `10.8.0.${n + 1}`,
    splittunnel: true,
    publickey: 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=',
    ownkey: false,
    ...extra
  }
}

const alice = user(1, {
  name: 'alice',
  ip6address: '2001:db8:8::2',
  lasthandshake: apiDate(new Date(Date.now() - 5 * 60 * 1000)),
  rxbytes: 1536,
  txbytes: 5 * 1024 * 1024,
  endpoint: '198.51.100.7:40000'
})
const bob = user(2, { name: 'bob', enabled: false, splittunnel: false })

function createWrapper ({ apis = ALL_APIS, users = [alice, bob], count } = {}) {
  mockCommands({
    listWgUsers: () => ({ listwgusersresponse: users.length ? { count: count || users.length, wguser: users } : {} })
  })
  return mountWith(WgUsers, { props: { vpn }, apis })
}

function rowOf (page, name) {
  return page.findAll('tr.wg-users__row').find(row => row.find('.wg-users__name').text() === name)
}

describe('WgUsers', () => {
  let feedback

  beforeEach(() => {
    resetApi()
    feedback = spyOnFeedback()
  })

  it('lists the users of the VPN, first page of 20', async () => {
    const { page } = createWrapper()
    await settle()
    expect(callsOf('listWgUsers')).toEqual([{ vpnid: 'vpn-1', listall: true, page: 1, pagesize: 20 }])
    expect(page.findAll('.wg-users__name').map(n => n.text())).toEqual(['alice', 'bob'])
  })

  it('shows state, enabled, addresses and split tunnel of each user', async () => {
    const { page } = createWrapper()
    await settle()
    const cells = rowOf(page, 'alice').findAll('td').map(td => td.text())
    expect(cells.slice(0, 6)).toEqual(['alice', 'Active', 'label.yes', '10.8.0.2', '2001:db8:8::2', 'label.yes'])
    const bobCells = rowOf(page, 'bob').findAll('td').map(td => td.text())
    expect(bobCells.slice(2, 6)).toEqual(['label.no', '10.8.0.3', '-', 'label.no'])
  })

  it('shows the last handshake as relative time and "never" when absent', async () => {
    const { page } = createWrapper()
    await settle()
    expect(rowOf(page, 'alice').find('.wg-users__handshake').text()).toBe('5 minutes ago')
    expect(rowOf(page, 'bob').find('.wg-users__handshake').text()).toBe('label.wireguard.handshake.never')
  })

  it('shows received and sent traffic in human units', async () => {
    const { page } = createWrapper()
    await settle()
    expect(rowOf(page, 'alice').find('.wg-users__traffic').text()).toBe('1.5 KiB / 5.0 MiB')
    expect(rowOf(page, 'bob').find('.wg-users__traffic').text()).toBe('- / -')
  })

  it('searches by keyword from the first page', async () => {
    const { page } = createWrapper({ count: 45 })
    await settle()
    await page.find('.ant-pagination-item-2').trigger('click')
    await settle()
    await setInput(page, '.wg-users__search', '  ali ')
    await page.find('.wg-users__search input').trigger('keydown', { key: 'Enter', keyCode: 13 })
    await settle()
    expect(callsOf('listWgUsers').at(-1)).toEqual({ vpnid: 'vpn-1', listall: true, page: 1, pagesize: 20, keyword: 'ali' })
  })

  it('pages on the server with page and pagesize and shows the total count', async () => {
    const { page } = createWrapper({ count: 45 })
    await settle()
    expect(page.find('.ant-pagination-total-text').text()).toBe('label.wireguard.users.total')
    expect(page.findAll('.ant-pagination-item').map(i => i.text())).toEqual(['1', '2', '3'])
    await page.find('.ant-pagination-item-3').trigger('click')
    await settle()
    expect(callsOf('listWgUsers').at(-1)).toEqual({ vpnid: 'vpn-1', listall: true, page: 3, pagesize: 20 })
  })

  it('goes back to the first page when the page size changes', async () => {
    const { wrapper } = createWrapper({ count: 45 })
    await settle()
    wrapper.vm.onPageChange(2, 20)
    await settle()
    wrapper.vm.onPageChange(2, 50)
    await settle()
    expect(callsOf('listWgUsers').at(-1)).toEqual({ vpnid: 'vpn-1', listall: true, page: 1, pagesize: 50 })
  })

  it('asks for confirmation before deleting and calls deleteWgUser', async () => {
    mockJob('deleteWgUser', { result: { success: true } })
    const { page, wrapper } = createWrapper()
    await settle()
    await rowOf(page, 'bob').find('button.wg-users__delete').trigger('click')
    await settle()
    expect(page.find('.wg-users__delete-message').text()).toBe('message.delete.wireguard.vpn.user')
    expect(page.find('.wg-users__delete-name').text()).toBe('bob')
    expect(callsOf('deleteWgUser')).toHaveLength(0)
    const listed = callsOf('listWgUsers').length
    await page.find('button.wg-users__delete-confirm').trigger('click')
    await settle()
    expect(callsOf('deleteWgUser')).toEqual([{ id: 'u-2' }])
    expect(callsOf('listWgUsers').length).toBe(listed + 1)
    expect(feedback.messageSuccess).toHaveBeenCalled()
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })

  it('does not delete when the confirmation is cancelled', async () => {
    const { page } = createWrapper()
    await settle()
    await rowOf(page, 'alice').find('button.wg-users__delete').trigger('click')
    await settle()
    const cancel = page.findAll('.ant-modal-footer button').find(b => b.text() === 'label.cancel')
    await cancel.trigger('click')
    await settle()
    expect(callsOf('deleteWgUser')).toHaveLength(0)
  })

  it.each([
    ['disables an enabled user', 'alice', 'button.wg-users__disable', { id: 'u-1', enabled: false }],
    ['enables a disabled user', 'bob', 'button.wg-users__enable', { id: 'u-2', enabled: true }]
  ])('%s with updateWgUser enabled=', async (name, userName, selector, params) => {
    mockJob('updateWgUser', { result: { wguser: {} } })
    const { page, router } = createWrapper()
    await settle()
    expect(rowOf(page, userName).findAll('button.wg-users__enable, button.wg-users__disable')).toHaveLength(1)
    await rowOf(page, userName).find(selector).trigger('click')
    await settle()
    expect(callsOf('updateWgUser')).toEqual([params])
    expect(router.push).not.toHaveBeenCalled()
  })

  it('shows the job error text when updateWgUser fails', async () => {
    mockJob('updateWgUser', { errortext: 'Failed to remove peer alice from router r-1-VM', errorcode: 534 })
    const { page } = createWrapper()
    await settle()
    await rowOf(page, 'alice').find('button.wg-users__disable').trigger('click')
    await settle()
    expect(feedback.notificationError).toHaveBeenCalledWith(expect.objectContaining({
      message: 'label.disable.wireguard.vpn.user',
      description: '(alice) Failed to remove peer alice from router r-1-VM'
    }))
  })

  it('opens the user details on a row click', async () => {
    const { page, router } = createWrapper()
    await settle()
    await rowOf(page, 'alice').trigger('click')
    expect(router.push).toHaveBeenCalledWith({ path: '/wguser/u-1' })
  })

  it('opens the add-user form for this VPN', async () => {
    const { page, wrapper } = createWrapper()
    await settle()
    await page.find('button.wg-users__add').trigger('click')
    await settle()
    expect(wrapper.findComponent(CreateWgUser).props('vpn')).toEqual(vpn)
    expect(page.find('form.wg-create-user__form').isVisible()).toBe(true)
  })

  it('shows the listWgUsers error text from the server', async () => {
    mockCommands({ listWgUsers: apiError(531, 'Account tenant2 does not have permission to operate on vpn-1', 'listWgUsers') })
    mountWith(WgUsers, { props: { vpn }, apis: ALL_APIS })
    await settle()
    expect(feedback.notificationError).toHaveBeenCalledWith(expect.objectContaining({
      message: 'message.request.failed (531)',
      description: 'Account tenant2 does not have permission to operate on vpn-1'
    }))
  })

  it.each([
    ['Add user', 'createWgUser', '.wg-users__add'],
    ['Delete', 'deleteWgUser', '.wg-users__delete'],
    ['Disable', 'updateWgUser', '.wg-users__disable'],
    ['Enable', 'updateWgUser', '.wg-users__enable']
  ])('hides %s without %s permission', async (name, api, selector) => {
    const { page } = createWrapper({ apis: ALL_APIS.filter(a => a !== api) })
    await settle()
    expect(page.findAll('.wg-users__name')).toHaveLength(2)
    expect(page.find(selector).exists()).toBe(false)
  })

  it('shows every action with full permissions', async () => {
    const { page } = createWrapper()
    await settle()
    for (const selector of ['.wg-users__add', '.wg-users__delete', '.wg-users__disable', '.wg-users__enable']) {
      expect(page.find(selector).exists()).toBe(true)
    }
  })
})
