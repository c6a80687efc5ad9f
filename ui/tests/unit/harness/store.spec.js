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
import { apiError, mockCommands, resetApi, callsOf } from '../../mock/mockApi'
import { apisFromListApis, bootstrapCalls, createHarnessStore, envelope } from '../../../harness/store'

vi.mock('@/api', () => import('../../mock/mockApi'))

const listApis = {
  listapisresponse: {
    count: 2,
    api: [
      { name: 'listWgVpns', isasync: false, since: '4.24.0', description: 'Lists WireGuard VPNs', params: [{ name: 'publicipid', type: 'uuid', required: false }], response: [] },
      { name: 'createWgVpn', isasync: true, description: 'Creates a WireGuard VPN', params: [], response: [] }
    ]
  }
}

// What a CloudStack management server answers a tenant right after login.
const bootstrapAnswers = {
  listZones: { listzonesresponse: { count: 1, zone: [{ id: 'zone-1', name: 'zone1', networktype: 'Advanced' }] } },
  listApis,
  listNetworks: { listnetworksresponse: {} },
  listVPCs: { listvpcsresponse: {} },
  listUsers: { listusersresponse: { count: 1, user: [{ id: 'user-1', username: 'alice', firstname: 'Alice', lastname: 'Doe', roletype: 'User' }] } },
  listNetworkServiceProviders: apiError(432, 'The API [listNetworkServiceProviders] does not exist or is not available for the account', 'errorresponse'),
  listCapabilities: { listcapabilitiesresponse: { capability: { cloudstackversion: '4.22.0.0', defaultuipagesize: 20 } } },
  listLdapConfigurations: { ldapconfigurationresponse: {} },
  cloudianIsEnabled: { cloudianisenabledresponse: { cloudianisenabled: { enabled: false } } }
}

async function loggedInStore () {
  const store = createHarnessStore()
  await store.dispatch('setLoggedIn', { userid: 'user-1', username: 'alice', account: 'tenant1' })
  return store
}

describe('harness store', () => {
  beforeEach(() => {
    resetApi()
    window.localStorage.clear()
  })

  it('asks what CloudStack\'s UI asks after login, with the same parameters', async () => {
    mockCommands(bootstrapAnswers)
    const store = await loggedInStore()
    await store.dispatch('fetchInfo')
    for (const call of bootstrapCalls('user-1')) {
      expect(callsOf(call.command), call.command).toEqual([call.params || {}])
    }
    expect(callsOf('listUsers')).toEqual([{ id: 'user-1' }])
    expect(callsOf('listNetworks')).toEqual([{ restartrequired: true, forvpc: false }])
  })

  it('maps listApis to getters.apis for permission gating', async () => {
    mockCommands(bootstrapAnswers)
    const store = await loggedInStore()
    const apis = await store.dispatch('fetchInfo')
    expect(Object.keys(apis)).toEqual(['listWgVpns', 'createWgVpn'])
    expect(store.getters.apis.createWgVpn.isasync).toBe(true)
    expect(store.getters.apis.listWgVpns.params[0].name).toBe('publicipid')
    expect('deleteWgVpn' in store.getters.apis).toBe(false)
  })

  it('keeps the user, zones and capabilities the server answered', async () => {
    mockCommands(bootstrapAnswers)
    const store = await loggedInStore()
    await store.dispatch('fetchInfo')
    expect(store.getters.user.firstname).toBe('Alice')
    expect(store.getters.zones.map(z => z.name)).toEqual(['zone1'])
    expect(store.getters.features.defaultuipagesize).toBe(20)
  })

  it('ignores failures of the calls CloudStack ignores (an admin-only API for a user)', async () => {
    mockCommands({
      ...bootstrapAnswers,
      listVPCs: apiError(530, 'Internal error', 'listVPCs'),
      cloudianIsEnabled: apiError(432, 'not available', 'errorresponse')
    })
    const store = await loggedInStore()
    await expect(store.dispatch('fetchInfo')).resolves.toBeTruthy()
  })

  it.each(['listZones', 'listApis', 'listUsers', 'listCapabilities', 'listLdapConfigurations'])(
    'fails the start when %s fails, as CloudStack\'s UI logs out then', async (command) => {
      mockCommands({ ...bootstrapAnswers, [command]: apiError(530, `${command} broke`, command) })
      const store = await loggedInStore()
      const error = await store.dispatch('fetchInfo').then(() => null, e => e)
      expect(error.response.headers['x-description']).toBe(`${command} broke`)
    })

  it.each([
    ['listZones', {}, 'no "listzonesresponse"'],
    ['listLdapConfigurations', { listldapconfigurationsresponse: {} }, 'no "ldapconfigurationresponse"'],
    ['listUsers', { listusersresponse: {} }, 'logged-in user is not in the answer'],
    ['listCapabilities', { listcapabilitiesresponse: {} }, 'no "capability"']
  ])('fails the start when %s answers without what CloudStack reads', async (command, answer, text) => {
    mockCommands({ ...bootstrapAnswers, [command]: answer })
    const store = await loggedInStore()
    await expect(store.dispatch('fetchInfo')).rejects.toThrow(text)
  })

  it('names the missing envelope', () => {
    expect(() => envelope({ errorresponse: {} }, 'listZones')).toThrow('listZones: the answer has no "listzonesresponse"')
    expect(envelope({ listzonesresponse: { count: 0 } }, 'listZones')).toEqual({ count: 0 })
  })

  it('answers an empty listApis with no APIs', () => {
    expect(apisFromListApis({ listapisresponse: {} })).toEqual({})
  })

  it('keeps the login record without the session key', async () => {
    const store = createHarnessStore()
    await store.dispatch('setLoggedIn', { userid: 'user-1', username: 'alice', account: 'tenant1', sessionkey: 'SECRET' })
    expect(store.getters.loggedIn).toBe(true)
    expect(store.getters.userInfo).toEqual({ userid: 'user-1', username: 'alice', account: 'tenant1' })
    expect(window.localStorage.getItem('wgharness.user')).not.toContain('SECRET')
    expect(createHarnessStore().getters.userInfo.username).toBe('alice')
  })

  it('forgets user and APIs on clearSession', async () => {
    mockCommands(bootstrapAnswers)
    const store = await loggedInStore()
    await store.dispatch('fetchInfo')
    await store.dispatch('clearSession')
    expect(store.getters.loggedIn).toBe(false)
    expect(store.getters.apis).toEqual({})
    expect(store.getters.user).toEqual({})
  })
})
