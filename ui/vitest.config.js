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

// Unit tests: Vitest with its Jest-compatible API (describe/it/expect, vi in place of jest), jsdom,
// and the same aliases as the harness build.

import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { aliases } from './vite.config.js'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: aliases
  },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['tests/unit/**/*.spec.js'],
    setupFiles: ['tests/setup.js'],
    restoreMocks: true,
    // Mounting ant-design-vue tables in jsdom takes seconds on a loaded 2-core machine (several
    // builds and devclouds share it): 5 s, Vitest's default, failed specs that were only slow.
    testTimeout: 20000
  }
})
