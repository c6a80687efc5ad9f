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
import { getAPI, getSessionKey, login, logout, onUnauthorized, postAPI, setSessionKey } from '../../../harness/api'

function reply (status, body, headers = {}) {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: new Headers(headers),
    text: () => Promise.resolve(typeof body === 'string' ? body : JSON.stringify(body))
  }
}

function lastRequest (fetchMock) {
  const [url, init] = fetchMock.mock.calls.at(-1)
  const parsed = new URL(url, 'http://harness.test')
  return {
    path: parsed.pathname,
    query: Object.fromEntries(parsed.searchParams),
    body: init.body ? Object.fromEntries(new URLSearchParams(init.body)) : null,
    init
  }
}

describe('harness @/api', () => {
  let fetchMock

  beforeEach(() => {
    fetchMock = vi.fn(() => Promise.resolve(reply(200, { listwgusersresponse: {} })))
    vi.stubGlobal('fetch', fetchMock)
    setSessionKey('KEY-1')
    onUnauthorized(null)
  })

  it('sends reads as GET with command, response=json and the session key', async () => {
    const json = await getAPI('listWgUsers', { vpnid: 'vpn-1', page: 2, keyword: undefined, name: null })
    const request = lastRequest(fetchMock)
    expect(request.path).toBe('/client/api')
    expect(request.init.method).toBe('GET')
    expect(request.init.credentials).toBe('same-origin')
    expect(request.query).toEqual({ command: 'listWgUsers', response: 'json', vpnid: 'vpn-1', page: '2', sessionkey: 'KEY-1' })
    expect(json).toEqual({ listwgusersresponse: {} })
  })

  it('sends changes as a POST form with the session key in the body', async () => {
    await postAPI('updateWgUser', { id: 'u-1', enabled: false })
    const request = lastRequest(fetchMock)
    expect(request.init.method).toBe('POST')
    expect(request.init.headers['Content-Type']).toBe('application/x-www-form-urlencoded')
    expect(request.query).toEqual({})
    expect(request.body).toEqual({ command: 'updateWgUser', response: 'json', id: 'u-1', enabled: 'false', sessionkey: 'KEY-1' })
  })

  it('logs in with a POST form, keeps the session key and sends it afterwards', async () => {
    setSessionKey(null)
    fetchMock.mockResolvedValueOnce(reply(200, { loginresponse: { userid: 'user-1', username: 'alice', sessionkey: 'NEW-KEY' } }))
    const info = await login({ username: 'alice', password: 'p&ss=word', domain: '/' })
    const request = lastRequest(fetchMock)
    expect(request.init.method).toBe('POST')
    expect(request.body).toEqual({ command: 'login', response: 'json', username: 'alice', password: 'p&ss=word', domain: '/' })
    expect(info.userid).toBe('user-1')
    expect(getSessionKey()).toBe('NEW-KEY')
    await getAPI('listApis')
    expect(lastRequest(fetchMock).query.sessionkey).toBe('NEW-KEY')
  })

  it('does not send an old session key with login', async () => {
    fetchMock.mockResolvedValueOnce(reply(200, { loginresponse: { userid: 'user-1', sessionkey: 'K2' } }))
    await login({ username: 'alice', password: 'x' })
    expect(lastRequest(fetchMock).body).not.toHaveProperty('sessionkey')
  })

  it('rejects with the status, X-Description and body CloudStack errors carry', async () => {
    const body = { createwgvpnresponse: { uuidList: [], errorcode: 431, cserrorcode: 4350, errortext: 'Port 0 is out of range' } }
    fetchMock.mockResolvedValueOnce(reply(431, body, { 'X-Description': 'Port 0 is out of range' }))
    const error = await postAPI('createWgVpn', { port: 0 }).catch(e => e)
    expect(error.response.status).toBe(431)
    expect(error.response.headers['x-description']).toBe('Port 0 is out of range')
    expect(error.response.data).toEqual(body)
    expect(error.message).toBe('Port 0 is out of range')
  })

  it('takes the error text from the body when there is no X-Description', async () => {
    fetchMock.mockResolvedValueOnce(reply(530, { errorresponse: { errorcode: 530, errortext: 'Internal error' } }))
    const error = await getAPI('listWgVpns').catch(e => e)
    expect(error.message).toBe('Internal error')
  })

  it('keeps a plain-text error body', async () => {
    fetchMock.mockResolvedValueOnce(reply(405, 'Please use HTTP POST to authenticate using this API'))
    const error = await getAPI('login').catch(e => e)
    expect(error.response.data).toBe('Please use HTTP POST to authenticate using this API')
  })

  it('reports an expired session (401) to the app', async () => {
    const handler = vi.fn()
    onUnauthorized(handler)
    fetchMock.mockResolvedValueOnce(reply(401, { listwgvpnsresponse: { errorcode: 401, errortext: 'unable to verify user credentials' } }))
    await getAPI('listWgVpns').catch(() => {})
    expect(handler).toHaveBeenCalledTimes(1)
    expect(handler.mock.calls[0][0].response.status).toBe(401)
  })

  it('does not treat a failed login as an expired session', async () => {
    const handler = vi.fn()
    onUnauthorized(handler)
    fetchMock.mockResolvedValueOnce(reply(401, { loginresponse: { errorcode: 401, errortext: 'bad' } }))
    await login({ username: 'a', password: 'b' }).catch(() => {})
    expect(handler).not.toHaveBeenCalled()
  })

  it('forgets the session key on logout even when the server refuses', async () => {
    fetchMock.mockResolvedValueOnce(reply(431, { logoutresponse: { errorcode: 431, errortext: 'Session not found for the logout process.' } }))
    await logout()
    expect(lastRequest(fetchMock).body.command).toBe('logout')
    expect(getSessionKey()).toBe(null)
    expect(window.localStorage.getItem('wgharness.sessionkey')).toBe(null)
  })
})
