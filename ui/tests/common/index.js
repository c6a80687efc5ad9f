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

// Mounting helpers in the spirit of CloudStack's ui/tests/common: a vuex store whose
// getters.apis holds the APIs the test grants, `$t` as key => key, and the harness's real
// $pollJob/$notifyError so what reaches ant-design-vue's notification is what a user would see.

import { vi } from 'vitest'
import { createStore } from 'vuex'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { message, notification } from 'ant-design-vue'
import Antd from '../../harness/antd'
import { createNotifyError, createPollJob } from '../../harness/plugins'
import { track } from './mounted'

export { track }

export const t = (key) => key

export function createMockStore (apis = []) {
  return createStore({
    state: () => ({
      apis: Object.fromEntries(apis.map(name => [name, { params: [], response: [] }])),
      userInfo: { username: 'alice', account: 'tenant1', roletype: 'User' }
    }),
    getters: {
      apis: state => state.apis,
      userInfo: state => state.userInfo
    }
  })
}

// Spies on what the user is shown; returns them for assertions.
export function spyOnFeedback () {
  return {
    notificationError: vi.spyOn(notification, 'error').mockImplementation(() => {}),
    messageSuccess: vi.spyOn(message, 'success').mockImplementation(() => {}),
    messageError: vi.spyOn(message, 'error').mockImplementation(() => {}),
    messageWarning: vi.spyOn(message, 'warning').mockImplementation(() => {}),
    messageLoading: vi.spyOn(message, 'loading').mockImplementation(() => {})
  }
}

export function mountWith (component, { props = {}, apis = [], provide = {}, mocks = {}, stubs = {} } = {}) {
  const store = createMockStore(apis)
  const router = { push: vi.fn() }
  const wrapper = track(mount(component, {
    props,
    attachTo: document.body,
    global: {
      plugins: [Antd, store],
      stubs,
      mocks: {
        $t: t,
        $i18n: { locale: 'en' },
        $router: router,
        $pollJob: createPollJob(t, { interval: 1 }),
        $notifyError: createNotifyError(t),
        ...mocks
      },
      provide
    }
  }))
  // Modals and popups are teleported to <body>: `page` finds them as well as the component.
  const page = new DOMWrapper(document.body)
  return { wrapper, page, store, router }
}

// ant-design-vue puts a class on the <input> or on its wrapper depending on the options used.
export async function setInput (wrapper, selector, value) {
  const found = wrapper.find(selector)
  if (!found.exists()) {
    throw new Error(`no element ${selector}`)
  }
  const input = ['INPUT', 'TEXTAREA'].includes(found.element.tagName) ? found : found.find('input, textarea')
  await input.setValue(value)
}

// Form validation, API promises and job polls settle over several ticks.
export async function settle (rounds = 5) {
  for (let i = 0; i < rounds; i++) {
    await flushPromises()
    await new Promise(resolve => setTimeout(resolve, 2))
  }
}

export function fieldErrors (wrapper) {
  return wrapper.findAll('.ant-form-item-explain-error').map(e => e.text())
}

// jsdom's Blob has no text(); FileReader it has.
function readBlob (blob) {
  if (!blob) {
    return Promise.resolve(null)
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result)
    reader.onerror = () => reject(reader.error)
    reader.readAsText(blob)
  })
}

// Records file downloads (Blob + object URL + <a download> click) instead of letting jsdom try to
// navigate; `downloads[i].text()` reads the saved content.
export function captureDownloads () {
  const blobs = new Map()
  const downloads = []
  let counter = 0
  URL.createObjectURL = vi.fn(blob => {
    const url = `blob:test/${++counter}`
    blobs.set(url, blob)
    return url
  })
  URL.revokeObjectURL = vi.fn(url => blobs.delete(url))
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function () {
    const blob = blobs.get(this.href)
    downloads.push({
      fileName: this.download,
      type: blob && blob.type,
      text: () => readBlob(blob)
    })
  })
  return downloads
}

// A clipboard for the secure context the tests run in; returns its writeText spy.
export function stubClipboard () {
  const writeText = vi.fn(() => Promise.resolve())
  vi.stubGlobal('isSecureContext', true)
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
  return writeText
}
