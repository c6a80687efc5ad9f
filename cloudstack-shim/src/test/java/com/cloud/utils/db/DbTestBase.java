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

package com.cloud.utils.db;

import org.apache.cloudstack.testing.db.EmbeddedMariaDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.cloud.utils.crypt.EncryptionSecretKeyChecker;

/** Shared set-up: the JVM's MariaDB, the shim test table emptied before each test, a DB secret. */
abstract class DbTestBase {
    static final String SECRET = "shim-test-secret-0123456789";
    static EmbeddedMariaDb db;
    static ItemDaoImpl dao;

    @BeforeAll
    static void startDatabase() {
        db = EmbeddedMariaDb.withTransactionLegacy();
        db.runScript("db/shim-test-schema.sql");
        if (dao == null) {
            dao = new ItemDaoImpl();
        }
    }

    @BeforeEach
    void emptyTable() {
        db.truncate("shim_item");
        EncryptionSecretKeyChecker.initEncryptor(SECRET);
    }
}
