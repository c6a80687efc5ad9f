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

// Test set-up shared by every spec: the browser APIs jsdom lacks and ant-design-vue needs, and a
// guard that fails a test on any Vue warning (an unknown component or a bad prop is a bug here).

import { afterEach, vi } from 'vitest'
import { config } from '@vue/test-utils'
import { unmountAll } from './common/mounted'

if (!window.matchMedia) {
  window.matchMedia = query => ({
    matches: false,
    media: query,
    onchange: null,
    addListener () {},
    removeListener () {},
    addEventListener () {},
    removeEventListener () {},
    dispatchEvent () { return false }
  })
}

// jsdom cannot compute pseudo-element styles; ant-design-vue asks for them to measure scroll bars.
// (The set-up runs for every test file, on a window the files may share: wrap it once.)
if (!window.getComputedStyle.wgWrapped) {
  const getComputedStyle = window.getComputedStyle.bind(window)
  window.getComputedStyle = elt => getComputedStyle(elt)
  window.getComputedStyle.wgWrapped = true
}

// async-validator prints every failed form rule to the console; the specs provoke those failures
// on purpose and assert the messages shown, so the echo only buries real output in CI logs.
globalThis.ASYNC_VALIDATOR_NO_WARNING = true

const vueWarnings = []
config.global.config.warnHandler = (msg, instance, trace) => {
  vueWarnings.push(`${msg}${trace}`)
}

afterEach(() => {
  unmountAll()
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
  delete navigator.clipboard
  if (vueWarnings.length > 0) {
    const found = vueWarnings.splice(0)
    throw new Error(`Vue warned during the test:\n${found.join('\n')}`)
  }
})
