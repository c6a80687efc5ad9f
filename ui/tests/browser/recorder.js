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

// What a page asked the API and what came back: command, method, HTTP status and the parsed body,
// so a test can check the UI's own calls (the start after login above all) against a real server.
// Passwords and session keys are dropped from the recorded parameters.

const HIDDEN_PARAMS = ['password', 'sessionkey']

export function recordApiCalls (page, calls = []) {
  page.on('response', response => {
    const url = new URL(response.url())
    if (!url.pathname.endsWith('/client/api')) {
      return
    }
    const request = response.request()
    const fields = request.method() === 'GET' ? url.searchParams : new URLSearchParams(request.postData() || '')
    const params = Object.fromEntries([...fields].filter(([name]) => !HIDDEN_PARAMS.includes(name.toLowerCase())))
    const entry = { command: params.command, method: request.method(), status: response.status(), params, body: undefined }
    entry.ready = response.text().then(text => {
      try {
        entry.body = JSON.parse(text)
      } catch (e) {
        entry.body = text
      }
    }, () => {
      entry.body = null
    })
    calls.push(entry)
  })
  return calls
}

export async function settled (calls) {
  await Promise.all(calls.map(c => c.ready))
  return calls
}

export function errorTextOf (entry) {
  const body = entry.body
  if (body && typeof body === 'object') {
    const inner = Object.values(body)[0]
    if (inner && typeof inner === 'object' && inner.errortext) {
      return `${inner.errorcode || ''} ${inner.errortext}`.trim()
    }
  }
  return ''
}

// One line per call, for failure messages; never bodies (they can hold a user's config).
export function describeCalls (calls) {
  return calls.map(c => `${c.method} ${c.command} → ${c.status} ${errorTextOf(c)}`.trim()).join('\n')
}
