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

import { createRouter, createWebHashHistory } from 'vue-router'
import store from '@/store'
import { getSessionKey } from '@/api'

// Hash routes, as CloudStack's UI has them (/client/#/publicip/<id>), so the static server only
// ever serves index.html.
const routes = [
  { path: '/', redirect: '/publicip' },
  { path: '/user/login', name: 'login', component: () => import('./views/Login.vue'), meta: { public: true } },
  { path: '/publicip', name: 'publicip', component: () => import('./views/PublicIpList.vue') },
  { path: '/publicip/:id', name: 'publicip-details', component: () => import('./views/PublicIpView.vue') },
  { path: '/wguser/:id', name: 'wguser-details', component: () => import('./views/WgUserView.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/publicip' }
]

export function createHarnessRouter () {
  const router = createRouter({
    history: createWebHashHistory(),
    routes
  })
  router.beforeEach(async (to) => {
    if (to.meta.public) {
      return true
    }
    if (!getSessionKey() || !store.getters.loggedIn) {
      return { path: '/user/login', query: { redirect: to.fullPath } }
    }
    if (Object.keys(store.getters.apis).length === 0) {
      try {
        await store.dispatch('fetchInfo')
      } catch (e) {
        // The stored session is gone (401), the server is down or a needed answer failed: start
        // again from the login, as CloudStack's UI does.
        return { path: '/user/login', query: { redirect: to.fullPath } }
      }
    }
    return true
  })
  return router
}
