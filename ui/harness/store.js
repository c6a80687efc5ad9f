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

// listApis items → { name: { params, response, isasync, since, description } }, the shape of
// CloudStack's store.getters.apis.
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

export function createHarnessStore () {
  return createStore({
    state: () => ({
      apis: {},
      userInfo: readStoredUser()
    }),
    getters: {
      apis: state => state.apis,
      userInfo: state => state.userInfo,
      loggedIn: state => !!state.userInfo.userid
    },
    mutations: {
      SET_APIS (state, apis) {
        state.apis = apis
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
      fetchApis ({ commit }) {
        return getAPI('listApis').then(json => {
          const apis = apisFromListApis(json)
          commit('SET_APIS', apis)
          return apis
        })
      },
      setLoggedIn ({ commit }, loginResponse) {
        // The session key stays with the API module; the user record never holds it.
        const info = { ...(loginResponse || {}) }
        delete info.sessionkey
        commit('SET_USER_INFO', info)
      },
      clearSession ({ commit }) {
        commit('SET_APIS', {})
        commit('SET_USER_INFO', {})
      }
    }
  })
}

const store = createHarnessStore()

export default store
