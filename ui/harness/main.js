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

import { createApp } from 'vue'
import 'ant-design-vue/dist/antd.css'
import App from './App.vue'
import store from '@/store'
import { onUnauthorized, setSessionKey } from '@/api'
import Antd from './antd'
import { createHarnessI18n } from './i18n'
import { createHarnessRouter } from './router'
import { notifierPlugin, pollJobPlugin, toLocaleDatePlugin } from './plugins'

const router = createHarnessRouter()

onUnauthorized(() => {
  setSessionKey(null)
  store.dispatch('clearSession')
  if (router.currentRoute.value.name !== 'login') {
    router.push({ path: '/user/login', query: { redirect: router.currentRoute.value.fullPath } })
  }
})

const i18n = createHarnessI18n()

createApp(App)
  .use(store)
  .use(router)
  .use(i18n)
  .use(Antd)
  .use(pollJobPlugin, { i18n })
  .use(notifierPlugin, { i18n })
  .use(toLocaleDatePlugin)
  .mount('#app')
