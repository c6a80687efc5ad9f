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
import { mockCommands, resetApi, callsOf } from '../../mock/mockApi'
import { apisFromListApis, createHarnessStore } from '../../../harness/store'

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

describe('harness store', () => {
  beforeEach(() => {
    resetApi()
    window.localStorage.clear()
  })

  it('maps listApis to getters.apis for permission gating', async () => {
    mockCommands({ listApis })
    const store = createHarnessStore()
    await store.dispatch('fetchApis')
    expect(callsOf('listApis')).toHaveLength(1)
    expect(Object.keys(store.getters.apis)).toEqual(['listWgVpns', 'createWgVpn'])
    expect(store.getters.apis.createWgVpn.isasync).toBe(true)
    expect(store.getters.apis.listWgVpns.params[0].name).toBe('publicipid')
    expect('deleteWgVpn' in store.getters.apis).toBe(false)
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
    mockCommands({ listApis })
    const store = createHarnessStore()
    await store.dispatch('setLoggedIn', { userid: 'user-1' })
    await store.dispatch('fetchApis')
    await store.dispatch('clearSession')
    expect(store.getters.loggedIn).toBe(false)
    expect(store.getters.apis).toEqual({})
  })
})
