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
import { captureDownloads, fieldErrors, mountWith, setInput, settle, spyOnFeedback, stubClipboard } from '../../../common'
import CreateWgUser from '@/views/network/CreateWgUser.vue'

vi.mock('@/api', () => import('../../../mock/mockApi'))

const vpn = { id: 'vpn-1', publicip: '203.0.113.10', port: 51820 }
const OWN_KEY = 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg='
const QR_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

const generatedConfig = [
  '[Interface]',
  'PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=',
  'Address = 10.8.0.2/32',
  'DNS = 10.1.1.1',
  '',
  '[Peer]',
  'PublicKey = HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=',
  'Endpoint = 203.0.113.10:51820',
  'AllowedIPs = 10.1.1.0/24, 10.8.0.0/24',
  ''
].join('\n')

const ownKeyConfig = generatedConfig.replace(/^PrivateKey = .*$/m, `# PrivateKey = <put the private key of ${OWN_KEY} here>`)

function createWrapper ({ props = { vpn }, apis = ['createWgUser', 'listWgVpns'] } = {}) {
  const parentFetchData = vi.fn()
  const mounted = mountWith(CreateWgUser, { props, apis, provide: { parentFetchData } })
  return { ...mounted, parentFetchData }
}

async function submit (page) {
  await page.find('form.wg-create-user__form').trigger('submit')
  await settle()
}

describe('CreateWgUser', () => {
  let feedback

  beforeEach(() => {
    resetApi()
    feedback = spyOnFeedback()
  })

  it('adds a user with a generated key, split tunnel and a preshared key by default', async () => {
    mockJob('createWgUser', { result: { wguser: { id: 'u-1', name: 'user-1', ownkey: false, config: generatedConfig, qrcode: QR_PNG } } })
    const { page } = createWrapper()
    await submit(page)
    expect(callsOf('createWgUser')).toEqual([{ vpnid: 'vpn-1', splittunnel: true, usepresharedkey: true }])
  })

  it('sends the name, own public key and switched-off options', async () => {
    mockJob('createWgUser', { result: { wguser: { id: 'u-1', name: 'laptop', ownkey: true, config: ownKeyConfig, qrcode: QR_PNG } } })
    const { page } = createWrapper()
    await setInput(page, '.wg-create-user__name', ' laptop ')
    await setInput(page, '.wg-create-user__publickey', ` ${OWN_KEY}\n`)
    await page.find('button.wg-create-user__splittunnel').trigger('click')
    await page.find('button.wg-create-user__psk').trigger('click')
    await submit(page)
    expect(callsOf('createWgUser')).toEqual([{
      vpnid: 'vpn-1',
      name: 'laptop',
      publickey: OWN_KEY,
      splittunnel: false,
      usepresharedkey: false
    }])
  })

  it.each([
    ['43 characters long', OWN_KEY.slice(0, 43)],
    ['45 characters long', OWN_KEY + 'A'],
    ['not base64', OWN_KEY.replace('x', '!')],
    ['URL-safe base64', OWN_KEY.replace('+', '-').replace('T', '_')],
    ['with non-zero padding bits', OWN_KEY.slice(0, 42) + 'h='],
    ['all zero', 'A'.repeat(43) + '='],
    ['two keys pasted together', `${OWN_KEY} ${OWN_KEY}`]
  ])('refuses an own public key %s', async (name, key) => {
    const { page } = createWrapper()
    await setInput(page, '.wg-create-user__publickey', key)
    await submit(page)
    expect(fieldErrors(page)).toContain('message.error.wireguard.publickey')
    expect(callsOf('createWgUser')).toHaveLength(0)
  })

  it.each([
    ['longer than 64 characters', 'u'.repeat(65)],
    ['with a control character', 'bad\u0007name'],
    ['with a tab', 'tab\there'],
    ['with a DEL character', 'del\u007fete'],
    ['made of spaces', '   ']
  ])('refuses a name %s', async (name, value) => {
    const { page } = createWrapper()
    await setInput(page, '.wg-create-user__name', value)
    await submit(page)
    expect(fieldErrors(page)).toContain('message.error.wireguard.user.name')
    expect(callsOf('createWgUser')).toHaveLength(0)
  })

  it('shows the config, the QR code and the private-key warning for a generated key', async () => {
    mockJob('createWgUser', { result: { wguser: { id: 'u-1', name: 'user-1', ownkey: false, config: generatedConfig, qrcode: QR_PNG } } })
    const { page, wrapper, parentFetchData } = createWrapper()
    await submit(page)
    expect(page.find('.wg-create-user__text').text()).toBe(generatedConfig.trim())
    expect(page.find('img.wg-create-user__qrcode').attributes('src')).toBe(`data:image/png;base64,${QR_PNG}`)
    const warning = page.find('.wg-create-user__warning')
    expect(warning.text()).toContain('label.wireguard.private.key.warning')
    expect(warning.text()).toContain('message.wireguard.user.private.key.shown.once')
    expect(page.find('.wg-create-user__ownkey-note').exists()).toBe(false)
    expect(page.find('button.wg-create-user__download').exists()).toBe(true)
    expect(page.find('button.wg-create-user__copy').exists()).toBe(true)
    expect(wrapper.emitted('refresh-data')).toHaveLength(1)
    expect(parentFetchData).toHaveBeenCalled()
  })

  it('explains the private-key placeholder for an own-key user', async () => {
    mockJob('createWgUser', { result: { wguser: { id: 'u-1', name: 'laptop', ownkey: true, config: ownKeyConfig, qrcode: QR_PNG } } })
    const { page } = createWrapper()
    await setInput(page, '.wg-create-user__publickey', OWN_KEY)
    await submit(page)
    expect(page.find('.wg-create-user__ownkey-note').text()).toContain('message.wireguard.user.ownkey.config')
    expect(page.find('.wg-create-user__warning').exists()).toBe(false)
    expect(page.find('.wg-create-user__text').text()).toContain(`# PrivateKey = <put the private key of ${OWN_KEY} here>`)
  })

  it('downloads the shown config as <name>.conf', async () => {
    const downloads = captureDownloads()
    mockJob('createWgUser', { result: { wguser: { id: 'u-1', name: 'user-1', ownkey: false, config: generatedConfig, qrcode: QR_PNG } } })
    const { page } = createWrapper()
    await submit(page)
    await page.find('button.wg-create-user__download').trigger('click')
    expect(downloads).toHaveLength(1)
    expect(downloads[0].fileName).toBe('user-1.conf')
    expect(await downloads[0].text()).toBe(generatedConfig)
    expect(callsOf('getWgUserConfig')).toHaveLength(0)
  })

  it('copies the shown config', async () => {
    const writeText = stubClipboard()
    mockJob('createWgUser', { result: { wguser: { id: 'u-1', name: 'user-1', ownkey: false, config: generatedConfig, qrcode: QR_PNG } } })
    const { page } = createWrapper()
    await submit(page)
    await page.find('button.wg-create-user__copy').trigger('click')
    await settle()
    expect(writeText).toHaveBeenCalledWith(generatedConfig)
    expect(feedback.messageSuccess).toHaveBeenCalledWith('message.wireguard.copied')
  })

  it('forgets the config when Done is clicked', async () => {
    mockJob('createWgUser', { result: { wguser: { id: 'u-1', name: 'user-1', ownkey: false, config: generatedConfig, qrcode: QR_PNG } } })
    const { page, wrapper } = createWrapper()
    await submit(page)
    await page.find('button.wg-create-user__done').trigger('click')
    await settle()
    expect(wrapper.emitted('close-action')).toHaveLength(1)
    expect(page.text()).not.toContain('PrivateKey')
  })

  it('shows the server error text and keeps the form', async () => {
    mockCommands({ createWgUser: apiError(431, 'The public key is already used by user alice of this VPN', 'createWgUser') })
    const { page } = createWrapper()
    await setInput(page, '.wg-create-user__publickey', OWN_KEY)
    await submit(page)
    expect(feedback.notificationError).toHaveBeenCalledWith(expect.objectContaining({
      message: 'message.request.failed (431)',
      description: 'The public key is already used by user alice of this VPN'
    }))
    expect(page.find('form.wg-create-user__form').exists()).toBe(true)
    expect(page.find('button.wg-create-user__submit').classes()).not.toContain('ant-btn-loading')
  })

  it('shows the job error text when the router cannot add the peer', async () => {
    mockJob('createWgUser', { errortext: 'The VPN already has the maximum of 250 users', errorcode: 431 })
    const { page } = createWrapper()
    await setInput(page, '.wg-create-user__name', 'late')
    await submit(page)
    expect(feedback.notificationError).toHaveBeenCalledWith(expect.objectContaining({
      message: 'label.add.wireguard.vpn.user',
      description: '(late) The VPN already has the maximum of 250 users'
    }))
    expect(page.find('.wg-create-user__result').exists()).toBe(false)
  })

  it('does not submit again while the create job is running', async () => {
    const job = mockJob('createWgUser', { result: { wguser: { id: 'u-1', name: 'user-1', config: generatedConfig } }, pending: 1000 })
    const { page } = createWrapper()
    await submit(page)
    await submit(page)
    expect(callsOf('createWgUser')).toHaveLength(1)
    job.finish()
    await settle()
    expect(page.find('.wg-create-user__result').exists()).toBe(true)
  })

  describe('without a VPN given (the section list-view action)', () => {
    it('offers the VPNs of the caller and selects the only one', async () => {
      mockCommands({ listWgVpns: { listwgvpnsresponse: { count: 1, wgvpn: [vpn] } } })
      mockJob('createWgUser', { result: { wguser: { id: 'u-1', name: 'user-1', config: generatedConfig } } })
      const { page } = createWrapper({ props: {} })
      await settle()
      expect(callsOf('listWgVpns')).toEqual([{ listall: true }])
      expect(page.find('.wg-create-user__vpn').text()).toContain('203.0.113.10:51820')
      await submit(page)
      expect(callsOf('createWgUser')[0].vpnid).toBe('vpn-1')
    })

    it('requires a VPN to be chosen when there are several', async () => {
      mockCommands({ listWgVpns: { listwgvpnsresponse: { count: 2, wgvpn: [vpn, { ...vpn, id: 'vpn-2', publicip: '203.0.113.11' }] } } })
      const { page } = createWrapper({ props: {} })
      await settle()
      await submit(page)
      expect(fieldErrors(page)).toContain('message.error.wireguard.vpnid')
      expect(callsOf('createWgUser')).toHaveLength(0)
    })
  })
})
