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

// A stand-in for `@/api` keyed on the command, as CloudStack's specs key mockAxios on
// request.params.command. Specs register answers per command; async commands get a job id whose
// queryAsyncJobResult answer is the registered job outcome.

import { vi } from 'vitest'

let handlers = {}
let jobs = {}
let jobCounter = 0

export function apiError (status, errortext, command = 'error') {
  const error = new Error(`Request failed with status code ${status}`)
  error.response = {
    status,
    headers: { 'x-description': errortext },
    data: {
      [`${command.toLowerCase()}response`]: { uuidList: [], errorcode: status, cserrorcode: 4350, errortext }
    }
  }
  return error
}

function dispatch (command, params = {}) {
  const handler = handlers[command]
  if (!handler) {
    return Promise.reject(apiError(432, `The given command does not exist or it is not available for user: ${command}`, command))
  }
  try {
    const answer = typeof handler === 'function' ? handler({ ...params }) : handler
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
  } catch (error) {
    return Promise.reject(error)
  }
}

export const getAPI = vi.fn((command, args) => dispatch(command, args))
export const postAPI = vi.fn((command, data) => dispatch(command, data))

function queryJob ({ jobid, jobId }) {
  const id = jobid || jobId
  const job = jobs[id]
  if (!job) {
    return apiError(431, `Unable to find job by id ${id}`, 'queryAsyncJobResult')
  }
  if (job.pending > 0) {
    job.pending--
    return { queryasyncjobresultresponse: { jobid: id, jobstatus: 0, jobprocstatus: 0, jobresultcode: 0 } }
  }
  if (job.errortext) {
    return {
      queryasyncjobresultresponse: {
        jobid: id,
        jobstatus: 2,
        jobresultcode: job.errorcode,
        jobresulttype: 'object',
        jobresult: { errorcode: job.errorcode, errortext: job.errortext }
      }
    }
  }
  return {
    queryasyncjobresultresponse: { jobid: id, jobstatus: 1, jobresultcode: 0, jobresulttype: 'object', jobresult: job.result }
  }
}

export function resetApi () {
  handlers = { queryAsyncJobResult: queryJob }
  jobs = {}
  jobCounter = 0
  getAPI.mockClear()
  postAPI.mockClear()
}

// answers: { command: response object | Error | (params) => response }
export function mockCommands (answers) {
  Object.assign(handlers, answers)
}

// An async command: answers { <command>response: { jobid } }, then its job ends with `result`
// (jobresult), or fails with { errortext, errorcode } after `pending` in-progress polls.
// The returned finish() ends the command's jobs at their next poll, so no poll outlives its test.
export function mockJob (command, { result = {}, errortext = null, errorcode = 530, pending = 0 } = {}) {
  const started = []
  handlers[command] = () => {
    const jobid = `job-${++jobCounter}`
    jobs[jobid] = { result, errortext, errorcode, pending }
    started.push(jobs[jobid])
    return { [`${command.toLowerCase()}response`]: { jobid } }
  }
  return {
    finish () {
      started.forEach(job => { job.pending = 0 })
    }
  }
}

// The parameters of every call of `command`, in order.
export function callsOf (command) {
  return [...getAPI.mock.calls, ...postAPI.mock.calls]
    .filter(([name]) => name === command)
    .map(([, params]) => params)
}

resetApi()
