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

package com.cloud.utils.crypt;

import java.util.Properties;

import com.cloud.utils.db.DbProperties;
import com.cloud.utils.exception.CloudRuntimeException;

/**
 * Encrypts and decrypts database values (the {@code @Encrypt} columns) with AES-256-GCM: a fresh
 * random nonce per value, the authentication tag checked on decrypt, stored as
 * {@code "v1:" + base64(nonce | ciphertext | tag)}.
 *
 * The secret is, as in CloudStack, db.properties' db.cloud.encrypt.secret when set, else the
 * management server secret from {@link EncryptionSecretKeyChecker} (CLOUD_SECRET_KEY with
 * db.cloud.encryption.type=env, the key file with =file). Without a secret a non-empty value is
 * refused: the shim never stores an encrypted column as plaintext.
 */
public class DBEncryptionUtil {
    private static volatile AesGcmTextCipher s_encryptor = null;

    public static String encrypt(String plain) {
        if (plain == null || plain.isEmpty()) {
            return plain;
        }
        return encryptor().encrypt(plain);
    }

    public static String decrypt(String encrypted) {
        if (encrypted == null || encrypted.isEmpty()) {
            return encrypted;
        }
        return encryptor().decrypt(encrypted);
    }

    static void reset() {
        s_encryptor = null;
    }

    private static AesGcmTextCipher encryptor() {
        // the secret is looked up on every call: db.properties or the server secret may be replaced
        String secret = secret();
        AesGcmTextCipher e = s_encryptor;
        if (e == null || !e.isFor(secret)) {
            synchronized (DBEncryptionUtil.class) {
                if (s_encryptor == null || !s_encryptor.isFor(secret)) {
                    s_encryptor = new AesGcmTextCipher(secret);
                }
                e = s_encryptor;
            }
        }
        return e;
    }

    private static String secret() {
        Properties props = DbProperties.getDbProperties();
        String dbSecret = props.getProperty("db.cloud.encrypt.secret");
        if (dbSecret != null && !dbSecret.isEmpty()) {
            return dbSecret;
        }
        String serverSecret = EncryptionSecretKeyChecker.secret();
        if (serverSecret != null) {
            return serverSecret;
        }
        throw new CloudRuntimeException("No database encryption secret is configured, refusing to store or read an encrypted column: "
                + "set db.cloud.encryption.type=env with CLOUD_SECRET_KEY, or =file with a 'key' file, or db.cloud.encrypt.secret");
    }
}
