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

// The harness's $pollJob and $notifyError, with the behaviour of CloudStack's ui/src/utils/plugins.js
// the WireGuard views rely on: a job is polled until it ends, its outcome is shown as a message, a
// failed job's jobresult.errortext as an error notification; a failed call is shown with the
// X-Description header, else the errortext of the response body.

import { message, notification } from 'ant-design-vue'
import { getAPI } from '@/api'
import { parseApiDate } from '@/utils/wireguard'

// CloudStack's UI polls every 3 s; 1 s keeps the browser tests short.
export const DEFAULT_POLL_INTERVAL = 1000

export function errorDescription (error) {
  if (!error) {
    return ''
  }
  const response = error.response
  if (response) {
    if (response.headers && response.headers['x-description']) {
      return response.headers['x-description']
    }
    const data = response.data
    if (data && typeof data === 'object') {
      const key = Object.keys(data).find(k => data[k] && typeof data[k] === 'object' && 'errortext' in data[k])
      if (key) {
        return String(data[key].errortext)
      }
    }
  }
  return error.message || ''
}

export function createPollJob (t, { interval = DEFAULT_POLL_INTERVAL } = {}) {
  interval = interval || DEFAULT_POLL_INTERVAL
  return function pollJob (options) {
    const {
      jobId,
      title = '',
      description = '',
      successMessage = t('label.success'),
      successMethod = () => {},
      errorMessage = t('label.error'),
      errorMethod = () => {},
      loadingMessage = `${t('label.loading')}...`,
      showLoading = true,
      catchMessage = t('error.fetching.async.job.result'),
      catchMethod = () => {}
    } = options
    return getAPI('queryAsyncJobResult', { jobid: jobId }).then(json => {
      const result = json.queryasyncjobresultresponse || {}
      if (result.jobstatus === 1) {
        message.success({ content: description ? `${successMessage} - ${description}` : successMessage, key: jobId, duration: 2 })
        successMethod(result)
      } else if (result.jobstatus === 2 || result.jobstatus === 3) {
        message.error({ content: errorMessage, key: jobId, duration: 1 })
        const text = (result.jobresult && result.jobresult.errortext) || errorMessage
        notification.error({
          message: title || errorMessage,
          description: description ? `(${description}) ${text}` : text,
          key: jobId,
          duration: 0
        })
        errorMethod(result)
      } else {
        if (showLoading) {
          message.loading({ content: loadingMessage, key: jobId, duration: 0 })
        }
        setTimeout(() => pollJob(options), interval)
      }
    }).catch(error => {
      message.destroy(jobId)
      notification.error({
        message: t('label.error'),
        description: `${catchMessage} ${errorDescription(error)}`.trim(),
        duration: 0
      })
      catchMethod(error)
    })
  }
}

export function createNotifyError (t) {
  return function notifyError (error) {
    let title = t('message.request.failed')
    if (error && error.response && error.response.status) {
      title = `${title} (${error.response.status})`
    }
    notification.error({
      message: title,
      description: errorDescription(error),
      duration: 0
    })
  }
}

// vue-i18n's legacy mode gives components $t through a mixin, not through globalProperties, so
// the plugins are handed the i18n instance itself.
export const pollJobPlugin = {
  install (app, { i18n, interval } = {}) {
    const t = key => i18n.global.t(key)
    app.config.globalProperties.$pollJob = createPollJob(t, { interval })
  }
}

export const notifierPlugin = {
  install (app, { i18n } = {}) {
    const t = key => i18n.global.t(key)
    app.config.globalProperties.$notifyError = createNotifyError(t)
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

// An API date as CloudStack's UI shows it ("27 Nov 2026 17:44:12"), in the time zone the login
// answered (timezoneoffset, hours east of UTC; UTC when absent). Text it cannot read stays as it is.
export function toLocaleDate (text, offsetHours = 0) {
  const date = parseApiDate(text)
  if (!date) {
    return text || ''
  }
  const local = new Date(date.getTime() + (Number(offsetHours) || 0) * 3600000)
  const pad = n => String(n).padStart(2, '0')
  return `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`
}

export const toLocaleDatePlugin = {
  install (app) {
    app.config.globalProperties.$toLocaleDate = function (date) {
      const info = (this.$store && this.$store.getters.userInfo) || {}
      return toLocaleDate(date, info.timezoneoffset)
    }
  }
}
