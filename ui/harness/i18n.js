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

// vue-i18n set up as CloudStack's UI does (flat dotted keys, `$t` everywhere). The messages are the
// keys this feature adds (ui/public/locales/en.json) over the CloudStack keys it reuses.

import { createI18n } from 'vue-i18n'
import cloudstackEn from './locales/cloudstack-en.json'
import wireguardEn from '../public/locales/en.json'

export const messages = {
  en: { ...cloudstackEn, ...wireguardEn }
}

export function createHarnessI18n () {
  return createI18n({
    legacy: true,
    locale: 'en',
    fallbackLocale: 'en',
    silentTranslationWarn: true,
    messages
  })
}
