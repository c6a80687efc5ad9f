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

// Builds and serves the harness app (harness/) that runs the WireGuard views outside CloudStack.
// `@` is ui/src as in CloudStack; `@/api` and `@/store` are the harness's own small versions of
// CloudStack's modules. devcloud serves ui/dist under /client/, beside its API at /client/api.

import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const here = path => fileURLToPath(new URL(path, import.meta.url))

export const aliases = [
  { find: /^@\/api$/, replacement: here('./harness/api.js') },
  { find: /^@\/store$/, replacement: here('./harness/store.js') },
  { find: /^@\//, replacement: here('./src/') }
]

export default defineConfig({
  root: here('./harness'),
  base: '/client/',
  publicDir: false,
  plugins: [vue()],
  resolve: {
    alias: aliases
  },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/client/api': {
        target: process.env.CS_URL || 'http://127.0.0.1:8080',
        changeOrigin: false
      }
    }
  },
  preview: {
    host: '127.0.0.1',
    proxy: {
      '/client/api': {
        target: process.env.CS_URL || 'http://127.0.0.1:8080',
        changeOrigin: false
      }
    }
  }
})
