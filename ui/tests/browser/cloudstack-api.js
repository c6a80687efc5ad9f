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

// A CloudStack API client signing with an account's API and secret keys (HMAC-SHA1, as
// ApiServer.verifyRequest checks it): the tests confirm through the API what the browser showed.

import { createHmac } from 'node:crypto'

// Java's URLEncoder, then '+' as %20: encodeURIComponent also leaves ! ' ( ) ~ alone, Java does not.
export function javaUrlEncode (value) {
  return encodeURIComponent(String(value)).replace(/[!'()~]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase())
}

// The query string sorted by name (Java's natural order: by UTF-16 code units, case-sensitive),
// and its signature computed over the whole string lower-cased.
export function signedQuery (params, apiKey, secretKey) {
  const all = { ...params, apiKey }
  const names = Object.keys(all).filter(n => all[n] !== undefined && all[n] !== null).sort()
  const query = names.map(n => `${n}=${javaUrlEncode(all[n])}`).join('&')
  const signature = createHmac('sha1', secretKey).update(query.toLowerCase()).digest('base64')
  return `${query}&signature=${encodeURIComponent(signature)}`
}

export class CloudStackApi {
  constructor (apiUrl, account) {
    this.apiUrl = apiUrl
    this.account = account
  }

  // The parsed inner object of the answer (listwgusersresponse → {count, wguser}); throws with the
  // HTTP status and CloudStack's errortext otherwise.
  async call (command, params = {}) {
    const query = signedQuery({ command, response: 'json', ...params }, this.account.api_key, this.account.secret_key)
    const response = await fetch(`${this.apiUrl}?${query}`, { signal: AbortSignal.timeout(60000) })
    const text = await response.text()
    let json
    try {
      json = JSON.parse(text)
    } catch (e) {
      throw new Error(`${command}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`)
    }
    const key = Object.keys(json)[0]
    const inner = json[key] || {}
    if (!response.ok || inner.errorcode) {
      const error = new Error(`${command}: HTTP ${response.status} ${inner.errorcode || ''} ${inner.errortext || text.slice(0, 200)}`)
      error.status = response.status
      error.errorcode = inner.errorcode
      throw error
    }
    return inner
  }

  async list (command, params = {}, itemKey) {
    const inner = await this.call(command, { listall: true, ...params })
    return inner[itemKey] || []
  }

  // Runs an async command to its end; returns jobresult, throws with the job's errortext.
  async run (command, params = {}, { timeoutMs = 120000 } = {}) {
    const { jobid } = await this.call(command, params)
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const job = await this.call('queryAsyncJobResult', { jobid })
      if (job.jobstatus === 1) {
        return job.jobresult
      }
      if (job.jobstatus !== 0) {
        throw new Error(`${command}: job ${jobid} failed: ${JSON.stringify(job.jobresult)}`)
      }
      if (Date.now() > deadline) {
        throw new Error(`${command}: job ${jobid} still running after ${timeoutMs} ms`)
      }
      await new Promise(resolve => setTimeout(resolve, 500))
    }
  }
}
