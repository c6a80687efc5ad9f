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
import { callsOf, apiError, mockCommands, mockJob, resetApi } from '../../../mock/mockApi'
import { fieldErrors, mountWith, setInput, settle, spyOnFeedback, stubClipboard } from '../../../common'
import WgVpnDetails from '@/views/network/WgVpnDetails.vue'
import WgUsers from '@/views/network/WgUsers.vue'

vi.mock('@/api', () => import('../../../mock/mockApi'))

const ALL_APIS = ['listWgVpns', 'createWgVpn', 'deleteWgVpn', 'listWgUsers', 'createWgUser', 'updateWgUser', 'deleteWgUser']

const publicIp = {
  id: 'ip-1',
  ipaddress: '203.0.113.10',
  issourcenat: true,
  account: 'tenant1',
  domainid: 'dom-1',
  domain: 'ROOT'
}

const runningVpn = {
  id: 'vpn-1',
  publicipid: 'ip-1',
  publicip: '203.0.113.10',
  port: 51820,
  state: 'Running',
  ip4enable: true,
  ip4range: '10.8.0.0/24',
  ip4address: '10.8.0.1',
  ip6enable: false,
  publickey: 'yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=',
  usercount: 2
}

function createWrapper ({ apis = ALL_APIS, vpn = null, resource = publicIp } = {}) {
  mockCommands({
    listWgVpns: () => ({ listwgvpnsresponse: vpn ? { count: 1, wgvpn: [vpn] } : {} }),
    listWgUsers: { listwgusersresponse: {} }
  })
  const parentFetchData = vi.fn()
  const parentToggleLoading = vi.fn()
  const mounted = mountWith(WgVpnDetails, {
    props: { resource },
    apis,
    provide: { parentFetchData, parentToggleLoading }
  })
  return { ...mounted, parentFetchData, parentToggleLoading }
}

async function openEnableForm (page) {
  await settle()
  await page.find('button.wg-vpn__enable').trigger('click')
  await settle()
  expect(page.find('form.wg-vpn__form').exists()).toBe(true)
}

async function submitEnableForm (page) {
  await page.find('form.wg-vpn__form').trigger('submit')
  await settle()
}

describe('WgVpnDetails', () => {
  let feedback

  beforeEach(() => {
    resetApi()
    feedback = spyOnFeedback()
  })

  describe('when WireGuard is not enabled on the IP', () => {
    it('asks listWgVpns for the VPN of this public IP', async () => {
      createWrapper()
      await settle()
      expect(callsOf('listWgVpns')).toEqual([{ publicipid: 'ip-1', listall: true }])
    })

    it('offers Enable WireGuard VPN', async () => {
      const { wrapper, page } = createWrapper()
      await settle()
      expect(page.find('button.wg-vpn__enable').text()).toContain('label.enable.wireguard.vpn')
      expect(wrapper.text()).toContain('message.wireguard.vpn.not.enabled')
      expect(page.find('.wg-vpn__disable').exists()).toBe(false)
    })

    it('hides Enable WireGuard VPN without createWgVpn permission', async () => {
      const { page } = createWrapper({ apis: ['listWgVpns'] })
      await settle()
      expect(page.find('.wg-vpn__enable').exists()).toBe(false)
    })

    it('opens the enable form with the default port, range and an open firewall', async () => {
      const { page } = createWrapper()
      await openEnableForm(page)
      expect(page.find('input.wg-vpn__port').element.value).toBe('51820')
      expect(page.find('input.wg-vpn__ip4range-input').element.value).toBe('10.8.0.0/24')
      expect(page.find('.wg-vpn__openfirewall input').element.checked).toBe(true)
      expect(page.find('.wg-vpn__ip6range-input').exists()).toBe(false)
    })

    it('calls createWgVpn with the defaults and the owner of the IP', async () => {
      mockJob('createWgVpn', { result: { wgvpn: runningVpn } })
      const { page } = createWrapper()
      await openEnableForm(page)
      await submitEnableForm(page)
      expect(callsOf('createWgVpn')).toEqual([{
        publicipid: 'ip-1',
        port: 51820,
        ip4range: '10.8.0.0/24',
        openfirewall: true,
        account: 'tenant1',
        domainid: 'dom-1'
      }])
    })

    it('calls createWgVpn with the chosen port, ranges and firewall option', async () => {
      mockJob('createWgVpn', { result: { wgvpn: runningVpn } })
      const { page } = createWrapper()
      await openEnableForm(page)
      await setInput(page, '.wg-vpn__port', ' 51821 ')
      await setInput(page, '.wg-vpn__ip4range-input', '10.9.0.0/24')
      await page.find('button.wg-vpn__ip6enable').trigger('click')
      await settle()
      await setInput(page, '.wg-vpn__ip6range-input', '2001:db8:8::/64')
      await page.find('.wg-vpn__openfirewall input').setValue(false)
      await submitEnableForm(page)
      expect(callsOf('createWgVpn')).toEqual([{
        publicipid: 'ip-1',
        port: 51821,
        ip4range: '10.9.0.0/24',
        ip6enable: true,
        ip6range: '2001:db8:8::/64',
        openfirewall: false,
        account: 'tenant1',
        domainid: 'dom-1'
      }])
    })

    it('addresses a project-owned IP by projectid', async () => {
      mockJob('createWgVpn', { result: { wgvpn: runningVpn } })
      const { page } = createWrapper({ resource: { ...publicIp, projectid: 'proj-1', account: 'PrjAcct-p1' } })
      await openEnableForm(page)
      await submitEnableForm(page)
      const [params] = callsOf('createWgVpn')
      expect(params.projectid).toBe('proj-1')
      expect(params).not.toHaveProperty('account')
    })

    it.each([
      ['zero', '0'],
      ['above 65535', '65536'],
      ['not a number', '51820a'],
      ['negative', '-1'],
      ['empty', '']
    ])('refuses a %s port without calling the API', async (name, port) => {
      const { page } = createWrapper()
      await openEnableForm(page)
      await setInput(page, '.wg-vpn__port', port)
      await submitEnableForm(page)
      expect(fieldErrors(page)).toContain('message.error.wireguard.port')
      expect(callsOf('createWgVpn')).toHaveLength(0)
    })

    it.each([
      ['without a prefix', '10.8.0.0'],
      ['with a prefix above 30', '10.8.0.0/31'],
      ['with a prefix below 8', '10.0.0.0/7'],
      ['with an octet above 255', '10.8.256.0/24'],
      ['that is not an address', 'vpn-range/24'],
      ['that is IPv6', '2001:db8::/64']
    ])('refuses an IPv4 range %s', async (name, range) => {
      const { page } = createWrapper()
      await openEnableForm(page)
      await setInput(page, '.wg-vpn__ip4range-input', range)
      await submitEnableForm(page)
      expect(fieldErrors(page)).toContain('message.error.wireguard.ip4range')
      expect(callsOf('createWgVpn')).toHaveLength(0)
    })

    it.each([
      ['missing', ''],
      ['wider than /64', '2001:db8::/48'],
      ['narrower than /120', '2001:db8::/124'],
      ['with two ::', '2001::db8::/64'],
      ['IPv4', '10.8.0.0/24']
    ])('refuses an IPv6 range that is %s when IPv6 is on', async (name, range) => {
      const { page } = createWrapper()
      await openEnableForm(page)
      await page.find('button.wg-vpn__ip6enable').trigger('click')
      await settle()
      await setInput(page, '.wg-vpn__ip6range-input', range)
      await submitEnableForm(page)
      expect(fieldErrors(page)).toContain('message.error.wireguard.ip6range')
      expect(callsOf('createWgVpn')).toHaveLength(0)
    })

    it('does not submit again while the enable job is running', async () => {
      const job = mockJob('createWgVpn', { result: { wgvpn: runningVpn }, pending: 1000 })
      const { page } = createWrapper()
      await openEnableForm(page)
      await submitEnableForm(page)
      expect(callsOf('createWgVpn')).toHaveLength(1)
      expect(page.find('button.wg-vpn__submit').classes()).toContain('ant-btn-loading')
      await submitEnableForm(page)
      await settle()
      expect(callsOf('createWgVpn')).toHaveLength(1)
      job.finish()
      await settle()
      expect(page.find('form.wg-vpn__form').isVisible()).toBe(false)
    })

    it('shows the enabled state once the job has finished', async () => {
      let vpn = null
      mockJob('createWgVpn', { result: { wgvpn: runningVpn }, pending: 1 })
      const { page, parentFetchData } = createWrapper()
      mockCommands({ listWgVpns: () => ({ listwgvpnsresponse: vpn ? { count: 1, wgvpn: [vpn] } : {} }) })
      await openEnableForm(page)
      vpn = runningVpn
      await submitEnableForm(page)
      await settle(10)
      expect(page.find('.wg-vpn__endpoint').text()).toBe('203.0.113.10:51820')
      expect(page.find('form.wg-vpn__form').exists()).toBe(false)
      expect(parentFetchData).toHaveBeenCalled()
      expect(feedback.messageSuccess).toHaveBeenCalled()
    })

    it('shows the server error text as a notification and keeps the form open', async () => {
      mockCommands({
        createWgVpn: apiError(431, 'The range 10.8.0.0/24 overlaps the guest network 10.8.0.0/16', 'createWgVpn')
      })
      const { page } = createWrapper()
      await openEnableForm(page)
      await submitEnableForm(page)
      expect(feedback.notificationError).toHaveBeenCalledWith(expect.objectContaining({
        message: 'message.request.failed (431)',
        description: 'The range 10.8.0.0/24 overlaps the guest network 10.8.0.0/16'
      }))
      expect(page.find('form.wg-vpn__form').isVisible()).toBe(true)
      expect(page.find('button.wg-vpn__submit').classes()).not.toContain('ant-btn-loading')
    })

    it('shows the job error text when the router fails to apply the VPN', async () => {
      mockJob('createWgVpn', { errortext: 'Failed to apply WireGuard VPN on router r-1-VM', errorcode: 534 })
      const { page } = createWrapper()
      await openEnableForm(page)
      await submitEnableForm(page)
      expect(feedback.notificationError).toHaveBeenCalledTimes(1)
      expect(feedback.notificationError).toHaveBeenCalledWith(expect.objectContaining({
        message: 'label.enable.wireguard.vpn',
        description: '(203.0.113.10) Failed to apply WireGuard VPN on router r-1-VM'
      }))
    })
  })

  describe('when WireGuard is enabled on the IP', () => {
    it('shows the status line with the public IP and port', async () => {
      const { page } = createWrapper({ vpn: runningVpn })
      await settle()
      const status = page.find('.wg-vpn__status').text()
      expect(status).toContain('message.enabled.wireguard.vpn')
      expect(status).toContain('203.0.113.10:51820')
      expect(page.find('.wg-vpn__endpoint').text()).toBe('203.0.113.10:51820')
    })

    it('brackets an IPv6 public address in the endpoint', async () => {
      const { page } = createWrapper({ vpn: { ...runningVpn, publicip: '2001:db8::10', port: 443 } })
      await settle()
      expect(page.find('.wg-vpn__endpoint').text()).toBe('[2001:db8::10]:443')
    })

    it('shows the server public key, state and tunnel range', async () => {
      const { page } = createWrapper({ vpn: { ...runningVpn, ip6enable: true, ip6range: '2001:db8:8::/64', ip6address: '2001:db8:8::1' } })
      await settle()
      expect(page.find('.wg-vpn__publickey').text()).toBe(runningVpn.publickey)
      expect(page.find('.wg-vpn__state').text()).toBe('Running')
      expect(page.find('.wg-vpn__ip4range').text()).toBe('10.8.0.0/24')
      expect(page.find('.wg-vpn__ip6range').text()).toBe('2001:db8:8::/64')
    })

    it('copies the server public key', async () => {
      const writeText = stubClipboard()
      const { page } = createWrapper({ vpn: runningVpn })
      await settle()
      await page.find('button.wg-vpn__copy').trigger('click')
      await settle()
      expect(writeText).toHaveBeenCalledWith(runningVpn.publickey)
      expect(feedback.messageSuccess).toHaveBeenCalledWith('message.wireguard.copied')
    })

    it('warns when the VPN is in Error state', async () => {
      const { page } = createWrapper({ vpn: { ...runningVpn, state: 'Error' } })
      await settle()
      expect(page.find('.wg-vpn__alert').text()).toContain('message.wireguard.vpn.state.error')
    })

    it('asks for confirmation before disabling and calls deleteWgVpn', async () => {
      let vpn = runningVpn
      mockJob('deleteWgVpn', { result: { success: true } })
      const { page, parentFetchData } = createWrapper({ vpn })
      mockCommands({ listWgVpns: () => ({ listwgvpnsresponse: vpn ? { count: 1, wgvpn: [vpn] } : {} }) })
      await settle()
      await page.find('button.wg-vpn__disable').trigger('click')
      await settle()
      expect(page.find('.wg-vpn__disable-message').text()).toBe('message.disable.wireguard.vpn')
      expect(callsOf('deleteWgVpn')).toHaveLength(0)
      vpn = null
      await page.find('button.wg-vpn__disable-confirm').trigger('click')
      await settle(10)
      expect(callsOf('deleteWgVpn')).toEqual([{ id: 'vpn-1' }])
      expect(parentFetchData).toHaveBeenCalled()
      expect(page.find('button.wg-vpn__enable').exists()).toBe(true)
    })

    it('does not call deleteWgVpn when the confirmation is cancelled', async () => {
      const { page } = createWrapper({ vpn: runningVpn })
      await settle()
      await page.find('button.wg-vpn__disable').trigger('click')
      await settle()
      const cancel = page.findAll('.ant-modal-footer button').find(b => b.text() === 'label.cancel')
      await cancel.trigger('click')
      await settle()
      expect(callsOf('deleteWgVpn')).toHaveLength(0)
      expect(page.find('.wg-vpn__endpoint').exists()).toBe(true)
    })

    it('shows the deleteWgVpn error text from the server', async () => {
      mockCommands({ deleteWgVpn: apiError(531, 'Account tenant2 does not have permission to operate on vpn-1', 'deleteWgVpn') })
      const { page } = createWrapper({ vpn: runningVpn })
      await settle()
      await page.find('button.wg-vpn__disable').trigger('click')
      await settle()
      await page.find('button.wg-vpn__disable-confirm').trigger('click')
      await settle()
      expect(feedback.notificationError).toHaveBeenCalledWith(expect.objectContaining({
        message: 'message.request.failed (531)',
        description: 'Account tenant2 does not have permission to operate on vpn-1'
      }))
    })

    it('shows the users list on Manage VPN users', async () => {
      const { wrapper, page } = createWrapper({ vpn: runningVpn })
      await settle()
      expect(wrapper.findComponent(WgUsers).exists()).toBe(false)
      await page.find('button.wg-vpn__manage').trigger('click')
      await settle()
      expect(wrapper.findComponent(WgUsers).props('vpn')).toEqual(runningVpn)
      expect(callsOf('listWgUsers')[0]).toMatchObject({ vpnid: 'vpn-1' })
    })

    it('refreshes the VPN (user count) when the users list changes', async () => {
      const { wrapper, page } = createWrapper({ vpn: runningVpn })
      await settle()
      await page.find('button.wg-vpn__manage').trigger('click')
      await settle()
      const before = callsOf('listWgVpns').length
      wrapper.findComponent(WgUsers).vm.$emit('changed')
      await settle()
      expect(callsOf('listWgVpns').length).toBe(before + 1)
      expect(wrapper.findComponent(WgUsers).exists()).toBe(true)
    })

    it.each([
      ['Disable WireGuard VPN', 'deleteWgVpn', '.wg-vpn__disable'],
      ['Manage VPN users', 'listWgUsers', '.wg-vpn__manage']
    ])('hides %s without %s permission', async (name, api, selector) => {
      const { page } = createWrapper({ vpn: runningVpn, apis: ALL_APIS.filter(a => a !== api) })
      await settle()
      expect(page.find('.wg-vpn__endpoint').exists()).toBe(true)
      expect(page.find(selector).exists()).toBe(false)
    })

    it('shows the listWgVpns error text from the server', async () => {
      mockCommands({ listWgVpns: apiError(530, 'Internal error executing command, please contact your system administrator', 'listWgVpns') })
      mountWith(WgVpnDetails, { props: { resource: publicIp }, apis: ALL_APIS })
      await settle()
      expect(feedback.notificationError).toHaveBeenCalledWith(expect.objectContaining({
        description: 'Internal error executing command, please contact your system administrator'
      }))
    })
  })
})
