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

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.utils.exception.CloudRuntimeException;

/**
 * Obtains the management server's secret the way CloudStack does, from db.properties'
 * db.cloud.encryption.type: "file" (a one-line file named {@code key} on the class path or in
 * /etc/cloudstack/management), "env" (the CLOUD_SECRET_KEY environment variable) or "none".
 * ("web", a secret typed in over a socket at start, is not supported by the shim.)
 */
public class EncryptionSecretKeyChecker {
    private static final Logger LOGGER = LogManager.getLogger(EncryptionSecretKeyChecker.class);

    private static final String s_keyFile = "key";
    private static final String s_envKey = "CLOUD_SECRET_KEY";
    private static final File s_keyFileDir = new File("/etc/cloudstack/management");

    private static volatile String s_secret = null;
    private static volatile boolean s_useEncryption = false;

    public void check(Properties properties, String property) throws IOException {
        String encryptionType = properties.getProperty(property);
        if (encryptionType == null || encryptionType.equals("none")) {
            return;
        }
        if (s_useEncryption) {
            LOGGER.debug("Encryption already enabled, keeping the secret in use");
            return;
        }
        String secretKey;
        if (encryptionType.equals("file")) {
            secretKey = readKeyFile();
        } else if (encryptionType.equals("env")) {
            secretKey = System.getenv(s_envKey);
            if (secretKey == null || secretKey.isEmpty()) {
                throw new CloudRuntimeException("Environment variable " + s_envKey + " is not set or empty");
            }
        } else {
            throw new CloudRuntimeException("Invalid or unsupported encryption type: " + encryptionType);
        }
        initEncryptor(secretKey);
    }

    private String readKeyFile() throws IOException {
        String secretKey;
        InputStream is = getClass().getClassLoader().getResourceAsStream(s_keyFile);
        if (is != null) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8))) {
                secretKey = in.readLine();
            }
        } else {
            File file = new File(s_keyFileDir, s_keyFile);
            if (!file.isFile()) {
                throw new CloudRuntimeException(s_keyFile + " file containing the secret key was found neither on the class path nor in " + s_keyFileDir);
            }
            secretKey = Files.readAllLines(file.toPath(), StandardCharsets.UTF_8).stream().findFirst().orElse(null);
        }
        if (secretKey == null || secretKey.isEmpty()) {
            throw new CloudRuntimeException("Secret key is null or empty in file " + s_keyFile);
        }
        return secretKey;
    }

    public static boolean useEncryption() {
        return s_useEncryption;
    }

    /** Sets the management server secret (what CLOUD_SECRET_KEY or the key file would give). */
    public static void initEncryptor(String secretKey) {
        if (secretKey == null || secretKey.isEmpty()) {
            throw new CloudRuntimeException("The encryption secret must not be empty");
        }
        s_secret = secretKey;
        s_useEncryption = true;
        DBEncryptionUtil.reset();
    }

    public static void resetEncryptor() {
        s_secret = null;
        s_useEncryption = false;
        DBEncryptionUtil.reset();
    }

    static String secret() {
        return s_secret;
    }
}
