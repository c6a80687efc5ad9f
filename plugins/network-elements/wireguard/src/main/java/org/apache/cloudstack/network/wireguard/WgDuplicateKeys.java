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
package org.apache.cloudstack.network.wireguard;

import javax.persistence.EntityExistsException;

/**
 * Tells a unique-key clash from other database failures: the schema's unique keys back up the checks
 * that run before a write (ports, tunnel addresses, keys), so a clash means a concurrent request won.
 */
final class WgDuplicateKeys {

    private WgDuplicateKeys() {
    }

    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EntityExistsException || (t.getMessage() != null && t.getMessage().contains("Duplicate entry"))) {
                return true;
            }
        }
        return false;
    }
}
