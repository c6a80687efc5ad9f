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
import { apiError, callsOf, mockCommands, resetApi } from '../../../mock/mockApi'
import { captureDownloads, mountWith, settle, spyOnFeedback } from '../../../common'
import WgUserDetails from '@/views/network/WgUserDetails.vue'

vi.mock('@/api', () => import('../../../mock/mockApi'))

const QR_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
const CONFIG = '[Interface]\nPrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\nAddress = 10.10.99.3/32\n\n[Peer]\nPublicKey = HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=\nEndpoint = 203.0.113.10:51820\nAllowedIPs = 10.1.1.0/24, 10.10.99.0/24\n'

const testvpn = {
  id: 'u-7',
  name: 'testvpn',
  vpnid: 'vpn-1',
  state: 'Active',
  enabled: true,
  account: 'admin',
  domain: 'ROOT',
  ip4address: '10.10.99.3',
  splittunnel: true,
  publickey: 'jPtrmdgWiAXU6il9wwVa7TSsjvHlFqKS1uac8PaW+UE=',
  ownkey: false,
  created: '2025-01-10T09:00:00+0000'
}

function createWrapper ({ resource = testvpn, apis = ['listWgUsers', 'getWgUserConfig'] } = {}) {
  return mountWith(WgUserDetails, { props: { resource }, apis })
}

function configAnswer (user = testvpn, extra = {}) {
  return { getwguserconfigresponse: { wguser: { ...user, config: CONFIG, qrcode: QR_PNG, ...extra } } }
}

describe('WgUserDetails', () => {
  let feedback

  beforeEach(() => {
    resetApi()
    feedback = spyOnFeedback()
  })

  it('names the domain as CloudStack\'s lists do, whatever form the path has', async () => {
    const { page } = createWrapper({ resource: { ...testvpn, domain: 'ROOT', domainpath: '/' } })
    await settle()
    expect(page.find('.wg-user__domain').text()).toBe('ROOT')
  })

  it('shows the fields of the proposal', async () => {
    const { page } = createWrapper()
    await settle()
    const text = selector => page.find(selector).text()
    expect(text('.wg-user__name')).toBe('testvpn')
    expect(text('.wg-user__state')).toBe('Active')
    expect(text('.wg-user__account')).toBe('admin')
    expect(text('.wg-user__domain')).toBe('ROOT')
    expect(text('.wg-user__ip4enabled')).toBe('label.yes')
    expect(text('.wg-user__ip4address')).toBe('10.10.99.3')
    expect(text('.wg-user__ip6enabled')).toBe('label.no')
    expect(text('.wg-user__ip6address')).toBe('label.wireguard.not.available')
    expect(text('.wg-user__splittunnel')).toBe('label.yes')
    expect(text('.wg-user__publickey')).toBe('jPtrmdgWiAXU6il9wwVa7TSsjvHlFqKS1uac8PaW+UE=')
    expect(text('button.wg-user__download')).toContain('label.download.wireguard.config')
  })

  it('shows the live fields from the router', async () => {
    const handshake = new Date(Date.now() - 2 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, '+0000')
    const { page } = createWrapper({
      resource: { ...testvpn, lasthandshake: handshake, endpoint: '198.51.100.7:40000', rxbytes: 123, txbytes: 3 * 1024 ** 3 }
    })
    await settle()
    expect(page.find('.wg-user__handshake').text()).toBe('2 hours ago')
    expect(page.find('.wg-user__endpoint').text()).toBe('198.51.100.7:40000')
    expect(page.find('.wg-user__rx').text()).toBe('123 B')
    expect(page.find('.wg-user__tx').text()).toBe('3.0 GiB')
  })

  it('shows the created date in the user\'s time zone with CloudStack\'s $toLocaleDate', async () => {
    const { page } = mountWith(WgUserDetails, {
      props: { resource: testvpn },
      apis: ['getWgUserConfig'],
      mocks: { $toLocaleDate: date => `local(${date})` }
    })
    await settle()
    expect(page.find('.wg-user__created').text()).toBe('local(2025-01-10T09:00:00+0000)')
  })

  it('says never when the user has not connected', async () => {
    const { page } = createWrapper()
    await settle()
    expect(page.find('.wg-user__handshake').text()).toBe('label.wireguard.handshake.never')
  })

  it('downloads the config from getWgUserConfig as <name>.conf', async () => {
    const downloads = captureDownloads()
    mockCommands({ getWgUserConfig: () => configAnswer() })
    const { page } = createWrapper()
    await page.find('button.wg-user__download').trigger('click')
    await settle()
    expect(callsOf('getWgUserConfig')).toEqual([{ id: 'u-7' }])
    expect(downloads).toHaveLength(1)
    expect(downloads[0].fileName).toBe('testvpn.conf')
    expect(downloads[0].type).toBe('text/plain;charset=utf-8')
    expect(await downloads[0].text()).toBe(CONFIG)
    // The object URL of a file that may hold a private key does not outlive the download.
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(URL.createObjectURL.mock.results[0].value)
  })

  it.each([
    ['spaces', 'laptop of bob', 'laptop_of_bob.conf'],
    ['slashes', '../etc/passwd', '.._etc_passwd.conf'],
    ['letters wg-quick refuses', 'ünïcödé', '_n_c_d_.conf'],
    ['more than 15 characters', 'phone-of-alice-2024', 'phone-of-alice-.conf']
  ])('makes a wg-quick interface name of a user name with %s', async (name, userName, fileName) => {
    const downloads = captureDownloads()
    const user = { ...testvpn, name: userName }
    mockCommands({ getWgUserConfig: () => configAnswer(user) })
    const { page } = createWrapper({ resource: user })
    await page.find('button.wg-user__download').trigger('click')
    await settle()
    expect(downloads.map(d => d.fileName)).toEqual([fileName])
  })

  it('renders the QR code PNG returned by the API', async () => {
    mockCommands({ getWgUserConfig: () => configAnswer() })
    const { page } = createWrapper()
    expect(page.find('img.wg-user__qrcode').exists()).toBe(false)
    await page.find('button.wg-user__show-qr').trigger('click')
    await settle()
    expect(callsOf('getWgUserConfig')).toEqual([{ id: 'u-7' }])
    expect(page.find('img.wg-user__qrcode').attributes('src')).toBe(`data:image/png;base64,${QR_PNG}`)
  })

  it('warns when the API returns no QR code', async () => {
    mockCommands({ getWgUserConfig: () => configAnswer(testvpn, { qrcode: undefined }) })
    const { page } = createWrapper()
    await page.find('button.wg-user__show-qr').trigger('click')
    await settle()
    expect(feedback.messageWarning).toHaveBeenCalledWith('message.wireguard.no.qrcode')
    expect(page.find('img.wg-user__qrcode').exists()).toBe(false)
  })

  it('explains the private-key placeholder to an own-key user', async () => {
    const { page } = createWrapper({ resource: { ...testvpn, ownkey: true } })
    await settle()
    expect(page.find('.wg-user__ownkey-note').text()).toContain('message.wireguard.user.ownkey.config')
    expect(page.find('.wg-user__ownkey').exists()).toBe(true)
  })

  it('does not explain a placeholder to a user with a generated key', async () => {
    const { page } = createWrapper()
    await settle()
    expect(page.find('.wg-user__ownkey-note').exists()).toBe(false)
  })

  it('shows the getWgUserConfig error text and downloads nothing', async () => {
    const downloads = captureDownloads()
    mockCommands({
      getWgUserConfig: apiError(431, 'The private key of user testvpn is not kept: wireguard.vpn.client.key.retention is false', 'getWgUserConfig')
    })
    const { page } = createWrapper()
    await page.find('button.wg-user__download').trigger('click')
    await settle()
    expect(feedback.notificationError).toHaveBeenCalledWith(expect.objectContaining({
      message: 'message.request.failed (431)',
      description: 'The private key of user testvpn is not kept: wireguard.vpn.client.key.retention is false'
    }))
    expect(downloads).toHaveLength(0)
  })

  it.each([
    ['Download Config File', '.wg-user__download'],
    ['Show QR code', '.wg-user__show-qr']
  ])('hides %s without getWgUserConfig permission', async (name, selector) => {
    const { page } = createWrapper({ apis: ['listWgUsers'] })
    await settle()
    expect(page.find('.wg-user__name').exists()).toBe(true)
    expect(page.find(selector).exists()).toBe(false)
  })
})
