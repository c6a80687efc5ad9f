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

// The harness's `@/store`: the slice of CloudStack's vuex store the WireGuard views read
// (getters.apis for permission gating, getters.userInfo), filled from login and listApis.

import { createStore } from 'vuex'
import { getAPI } from '@/api'

const USER_KEY = 'wgharness.user'

function readStoredUser () {
  try {
    return JSON.parse(window.localStorage.getItem(USER_KEY) || 'null') || {}
  } catch (e) {
    return {}
  }
}

export function apisFromListApis (json) {
  const list = (json && json.listapisresponse && json.listapisresponse.api) || []
  const apis = {}
  list.forEach(api => {
    apis[api.name] = {
      params: api.params || [],
      response: api.response || [],
      isasync: !!api.isasync,
      since: api.since,
      description: api.description
    }
  })
  return apis
}

// The envelope of an answer, or an error naming what is missing: CloudStack's UI reads these
// envelopes without checks, so an answer without one breaks its start just as an error would.
export function envelope (json, command, key = `${command.toLowerCase()}response`) {
  const inner = json && typeof json === 'object' ? json[key] : undefined
  if (!inner || typeof inner !== 'object') {
    throw new Error(`${command}: the answer has no "${key}"`)
  }
  return inner
}

// What CloudStack's UI asks right after login (GetInfo in ui/src/store/modules/user.js), in its order
// and with its parameters, so the harness meets a server the way CloudStack's UI does. CloudStack
// logs the user out when listZones, listApis, listUsers, listCapabilities or listLdapConfigurations
// fail; the other answers only switch notices and features on, and their failures are ignored
// (listNetworkServiceProviders is an admin API: a user's call fails on every CloudStack).
export function bootstrapCalls (userid) {
  return [
    { command: 'listZones', needed: true },
    { command: 'listApis', needed: true },
    { command: 'listNetworks', params: { restartrequired: true, forvpc: false } },
    { command: 'listVPCs', params: { restartrequired: true } },
    { command: 'listUsers', params: { id: userid }, needed: true },
    { command: 'listNetworkServiceProviders', params: { name: 'SecurityGroupProvider', state: 'Enabled' } },
    { command: 'listCapabilities', needed: true },
    { command: 'listLdapConfigurations', needed: true, key: 'ldapconfigurationresponse' },
    { command: 'cloudianIsEnabled' }
  ]
}

export function createHarnessStore () {
  return createStore({
    state: () => ({
      apis: {},
      userInfo: readStoredUser(),
      user: {},
      zones: [],
      features: {},
      ldapEnabled: false
    }),
    getters: {
      apis: state => state.apis,
      userInfo: state => state.userInfo,
      user: state => state.user,
      zones: state => state.zones,
      features: state => state.features,
      loggedIn: state => !!state.userInfo.userid
    },
    mutations: {
      SET_APIS (state, apis) {
        state.apis = apis
      },
      SET_USER (state, user) {
        state.user = user || {}
      },
      SET_ZONES (state, zones) {
        state.zones = zones || []
      },
      SET_FEATURES (state, features) {
        state.features = features || {}
      },
      SET_LDAP (state, enabled) {
        state.ldapEnabled = !!enabled
      },
      SET_USER_INFO (state, info) {
        state.userInfo = info || {}
        try {
          if (info && info.userid) {
            window.localStorage.setItem(USER_KEY, JSON.stringify(info))
          } else {
            window.localStorage.removeItem(USER_KEY)
          }
        } catch (e) {
          // storage refused: the user logs in again after a reload
        }
      }
    },
    actions: {
      // All calls start at once, as in CloudStack; resolves with the APIs once every needed answer
      // is in, rejects with the first needed call that failed.
      fetchInfo ({ commit, state }) {
        const readers = {
          listZones: inner => commit('SET_ZONES', inner.zone || []),
          listApis: (inner, json) => commit('SET_APIS', apisFromListApis(json)),
          listUsers: inner => {
            if (!Array.isArray(inner.user) || !inner.user[0]) {
              throw new Error('listUsers: the logged-in user is not in the answer')
            }
            commit('SET_USER', inner.user[0])
          },
          listCapabilities: inner => {
            if (!inner.capability) {
              throw new Error('listCapabilities: the answer has no "capability"')
            }
            commit('SET_FEATURES', inner.capability)
          },
          listLdapConfigurations: inner => commit('SET_LDAP', (inner.count || 0) > 0)
        }
        const calls = bootstrapCalls(state.userInfo.userid).map(call => {
          const pending = getAPI(call.command, call.params || {}).then(json => {
            const inner = envelope(json, call.command, call.key)
            if (readers[call.command]) {
              readers[call.command](inner, json)
            }
          })
          return call.needed ? pending : pending.catch(() => {})
        })
        return Promise.all(calls).then(() => state.apis)
      },
      setLoggedIn ({ commit }, loginResponse) {
        // The session key stays with the API module; the user record never holds it.
        const info = { ...(loginResponse || {}) }
        delete info.sessionkey
        commit('SET_USER_INFO', info)
      },
      clearSession ({ commit }) {
        commit('SET_APIS', {})
        commit('SET_USER', {})
        commit('SET_ZONES', [])
        commit('SET_FEATURES', {})
        commit('SET_LDAP', false)
        commit('SET_USER_INFO', {})
      }
    }
  })
}

const store = createHarnessStore()

export default store
