// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package org.apache.cloudstack.devcloud.account;

/**
 * How CloudStack shows a domain's path in responses (ApiResponseHelper.getPrettyDomainPath): the stored path
 * ("/" for ROOT, "/child/sub/" below it) behind "ROOT" without its trailing slash, so "ROOT" and "ROOT/child/sub".
 * The raw path stays what the login's domain parameter and the DAO's subtree searches use.
 */
public final class DomainPaths {
    private DomainPaths() {
    }

    public static String pretty(String path) {
        if (path == null) {
            return null;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return "ROOT" + trimmed;
    }
}
