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

import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest'
import { message, notification } from 'ant-design-vue'
import { callsOf, mockJob, resetApi } from '../../mock/mockApi'
import { createApp } from 'vue'
import { createHarnessI18n } from '../../../harness/i18n'
import { createNotifyError, createPollJob, DEFAULT_POLL_INTERVAL, errorDescription, notifierPlugin, pollJobPlugin, toLocaleDate } from '../../../harness/plugins'

vi.mock('@/api', () => import('../../mock/mockApi'))

const t = key => key

describe('harness $pollJob', () => {
  let shown

  beforeEach(() => {
    resetApi()
    shown = {
      success: vi.spyOn(message, 'success').mockImplementation(() => {}),
      loading: vi.spyOn(message, 'loading').mockImplementation(() => {}),
      error: vi.spyOn(message, 'error').mockImplementation(() => {}),
      notification: vi.spyOn(notification, 'error').mockImplementation(() => {})
    }
    vi.useFakeTimers()
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  async function startJob (command) {
    const { postAPI } = await import('../../mock/mockApi')
    const json = await postAPI(command, {})
    return json[`${command.toLowerCase()}response`].jobid
  }

  it('polls queryAsyncJobResult every second until the job succeeds', async () => {
    mockJob('createWgUser', { result: { wguser: { id: 'u-1' } }, pending: 2 })
    const jobId = await startJob('createWgUser')
    const successMethod = vi.fn()
    createPollJob(t)({ jobId, successMethod, successMessage: 'done', loadingMessage: 'working' })
    await vi.advanceTimersByTimeAsync(0)
    expect(callsOf('queryAsyncJobResult')).toEqual([{ jobid: jobId }])
    expect(shown.loading).toHaveBeenCalledWith(expect.objectContaining({ content: 'working', key: jobId }))
    await vi.advanceTimersByTimeAsync(DEFAULT_POLL_INTERVAL - 10)
    expect(callsOf('queryAsyncJobResult')).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(2 * DEFAULT_POLL_INTERVAL)
    expect(callsOf('queryAsyncJobResult')).toHaveLength(3)
    expect(successMethod).toHaveBeenCalledWith(expect.objectContaining({ jobstatus: 1, jobresult: { wguser: { id: 'u-1' } } }))
    expect(shown.success).toHaveBeenCalledWith(expect.objectContaining({ content: 'done', key: jobId }))
    expect(DEFAULT_POLL_INTERVAL).toBe(1000)
  })

  it('shows jobresult.errortext when the job fails', async () => {
    mockJob('deleteWgVpn', { errortext: 'Failed to remove wg0 on router r-1-VM', errorcode: 534 })
    const jobId = await startJob('deleteWgVpn')
    const errorMethod = vi.fn()
    const successMethod = vi.fn()
    createPollJob(t)({ jobId, title: 'label.disable.wireguard.vpn', description: '203.0.113.10', errorMethod, successMethod })
    await vi.advanceTimersByTimeAsync(0)
    expect(shown.notification).toHaveBeenCalledWith(expect.objectContaining({
      message: 'label.disable.wireguard.vpn',
      description: '(203.0.113.10) Failed to remove wg0 on router r-1-VM',
      duration: 0
    }))
    expect(errorMethod).toHaveBeenCalledWith(expect.objectContaining({ jobstatus: 2, jobresultcode: 534 }))
    expect(successMethod).not.toHaveBeenCalled()
  })

  it('calls catchMethod when the job cannot be queried', async () => {
    const catchMethod = vi.fn()
    createPollJob(t)({ jobId: 'no-such-job', catchMethod, catchMessage: 'error.fetching.async.job.result' })
    await vi.advanceTimersByTimeAsync(0)
    expect(catchMethod).toHaveBeenCalledTimes(1)
    expect(shown.notification).toHaveBeenCalledWith(expect.objectContaining({
      description: 'error.fetching.async.job.result Unable to find job by id no-such-job'
    }))
  })
})

describe('harness $notifyError', () => {
  let shown

  beforeEach(() => {
    shown = vi.spyOn(notification, 'error').mockImplementation(() => {})
  })

  function httpError (status, headers, data) {
    return Object.assign(new Error(`Request failed with status code ${status}`), { response: { status, headers, data } })
  }

  it.each([
    ['the X-Description header', httpError(431, { 'x-description': 'from header' }, { xresponse: { errortext: 'from body' } }), 'from header'],
    ['the errortext of the body', httpError(531, {}, { listwgvpnsresponse: { errorcode: 531, errortext: 'from body' } }), 'from body'],
    ['the error message without a response', new Error('Network error: connection refused'), 'Network error: connection refused']
  ])('shows %s', (name, error, text) => {
    createNotifyError(t)(error)
    expect(shown).toHaveBeenCalledWith(expect.objectContaining({ description: text, duration: 0 }))
    expect(errorDescription(error)).toBe(text)
  })

  it('puts the HTTP status in the title as CloudStack does', () => {
    createNotifyError(t)(httpError(431, { 'x-description': 'bad port' }, {}))
    expect(shown).toHaveBeenCalledWith(expect.objectContaining({ message: 'message.request.failed (431)' }))
  })

  it('answers a missing command like CloudStack (432) with its text', () => {
    createNotifyError(t)(httpError(432, {}, { errorresponse: { errorcode: 432, errortext: 'The given command does not exist' } }))
    expect(shown).toHaveBeenCalledWith(expect.objectContaining({ description: 'The given command does not exist' }))
  })
})

describe('harness plugins installed in an app', () => {
  beforeEach(() => {
    resetApi()
  })

  it('give every component translated $pollJob and $notifyError', async () => {
    const shown = vi.spyOn(notification, 'error').mockImplementation(() => {})
    vi.spyOn(message, 'error').mockImplementation(() => {})
    const i18n = createHarnessI18n()
    const app = createApp({ render: () => null }).use(i18n).use(pollJobPlugin, { i18n }).use(notifierPlugin, { i18n })
    const { $notifyError, $pollJob } = app.config.globalProperties
    $notifyError(Object.assign(new Error('x'), { response: { status: 431, headers: { 'x-description': 'Bad port' } } }))
    expect(shown).toHaveBeenLastCalledWith(expect.objectContaining({ message: 'Request failed. (431)', description: 'Bad port' }))
    mockJob('deleteWgUser', { errortext: 'Router unreachable' })
    const { postAPI } = await import('../../mock/mockApi')
    const { deletewguserresponse: { jobid } } = await postAPI('deleteWgUser', { id: 'u-1' })
    const errorMethod = vi.fn()
    $pollJob({ jobId: jobid, errorMethod })
    await vi.waitFor(() => expect(errorMethod).toHaveBeenCalled())
    expect(shown).toHaveBeenLastCalledWith(expect.objectContaining({ message: 'Error', description: 'Router unreachable' }))
  })
})

describe('harness $toLocaleDate', () => {
  it('shows an API date as CloudStack\'s UI does, in UTC by default', () => {
    expect(toLocaleDate('2026-11-27T17:44:12+0000')).toBe('27 Nov 2026 17:44:12')
    expect(toLocaleDate('2026-01-05T03:04:05+0100')).toBe('5 Jan 2026 02:04:05')
  })

  it('applies the time zone offset of the login', () => {
    expect(toLocaleDate('2026-11-27T23:30:00+0000', '5.5')).toBe('28 Nov 2026 05:00:00')
    expect(toLocaleDate('2026-11-27T01:00:00+0000', -2)).toBe('26 Nov 2026 23:00:00')
  })

  it('leaves text that is no date as it is', () => {
    expect(toLocaleDate('soon')).toBe('soon')
    expect(toLocaleDate(undefined)).toBe('')
  })
})
