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

// The harness's `@/api`: the same exports CloudStack's ui/src/api/index.js gives the components
// (getAPI for reads as GET, postAPI for changes as a POST form), over fetch. A failed call rejects
// with an axios-shaped error ({ message, response: { status, headers, data } }) because that is
// what CloudStack's $notifyError reads.

const API_URL = '/client/api'
const SESSION_KEY = 'wgharness.sessionkey'

let sessionKey = readStoredSessionKey()
let unauthorizedHandler = null

function readStoredSessionKey () {
  try {
    return window.localStorage.getItem(SESSION_KEY)
  } catch (e) {
    return null
  }
}

export function getSessionKey () {
  return sessionKey
}

export function setSessionKey (key) {
  sessionKey = key || null
  try {
    if (sessionKey) {
      window.localStorage.setItem(SESSION_KEY, sessionKey)
    } else {
      window.localStorage.removeItem(SESSION_KEY)
    }
  } catch (e) {
    // Private windows may refuse storage; the key then lives for this page only.
  }
}

// Called with the error on HTTP 401 (session gone); the app sends the user to the login page.
export function onUnauthorized (handler) {
  unauthorizedHandler = handler
}

function appendParams (target, params) {
  Object.entries(params || {}).forEach(([name, value]) => {
    if (value === undefined || value === null) {
      return
    }
    target.append(name, String(value))
  })
}

function findErrorText (data) {
  if (!data || typeof data !== 'object') {
    return ''
  }
  const key = Object.keys(data).find(k => data[k] && typeof data[k] === 'object' && 'errortext' in data[k])
  return key ? String(data[key].errortext) : ''
}

async function send (command, params, method, { withSession = true } = {}) {
  // GET carries everything in the query string; POST carries everything in the form body, as
  // CloudStack's login form does (command=login&username=…&password=…&domain=/&response=json).
  const fields = new URLSearchParams({ command, response: 'json' })
  appendParams(fields, params)
  // Sent as a parameter as well as the cookie: CloudStack's default
  // api.sessionkey.check.locations=CookieAndParameter wants both.
  if (withSession && sessionKey) {
    fields.append('sessionkey', sessionKey)
  }
  let url = API_URL
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } }
  if (method === 'GET') {
    url = `${API_URL}?${fields.toString()}`
  } else {
    init.headers['Content-Type'] = 'application/x-www-form-urlencoded'
    init.body = fields.toString()
  }
  let response
  try {
    response = await fetch(url, init)
  } catch (cause) {
    const error = new Error(`Network error: ${cause.message}`)
    error.cause = cause
    throw error
  }
  const text = await response.text()
  let data = text
  try {
    data = text ? JSON.parse(text) : {}
  } catch (e) {
    // Plain-text bodies exist (GET login answers 405 with a sentence); keep them as they are.
  }
  if (!response.ok) {
    const headers = {}
    response.headers.forEach((value, name) => { headers[name.toLowerCase()] = value })
    const error = new Error(headers['x-description'] || findErrorText(data) || `Request failed with status code ${response.status}`)
    error.response = { status: response.status, headers, data }
    if (response.status === 401 && command !== 'login' && unauthorizedHandler) {
      unauthorizedHandler(error)
    }
    throw error
  }
  return data
}

export function getAPI (command, args = {}) {
  return send(command, args, 'GET')
}

export function postAPI (command, data = {}) {
  return send(command, data, 'POST')
}

export function login ({ username, password, domain = '/' }) {
  return send('login', { username, password, domain }, 'POST', { withSession: false }).then(json => {
    const info = json.loginresponse || {}
    setSessionKey(info.sessionkey)
    return info
  })
}

export function logout () {
  return send('logout', {}, 'POST').catch(() => {
    // A session that is already gone cannot be logged out (431): nothing left to do.
  }).finally(() => {
    setSessionKey(null)
  })
}
