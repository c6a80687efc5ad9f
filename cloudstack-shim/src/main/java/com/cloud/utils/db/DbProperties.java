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

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.utils.crypt.EncryptionSecretKeyChecker;

/**
 * The db.properties of the management server: loaded once from the class path or
 * /etc/cloudstack/management/db.properties, or set by the embedding program.
 * Loading it runs the encryption check for db.cloud.encryption.type, as CloudStack does,
 * so a misconfigured secret fails at start rather than at the first encrypted column.
 */
public class DbProperties {
    private static final Logger LOGGER = LogManager.getLogger(DbProperties.class);

    public static final String dbEncryptionType = "db.cloud.encryption.type";

    private static final String DB_PROPERTIES = "db.properties";
    private static final File[] CONFIG_DIRS = {new File("/etc/cloudstack/management"), new File("/usr/share/cloudstack-management/conf")};

    private static Properties properties = new Properties();
    private static boolean loaded = false;

    public static synchronized Properties getDbProperties() {
        if (!loaded) {
            Properties dbProps = new Properties();
            try (InputStream in = openDbProperties()) {
                if (in != null) {
                    dbProps.load(in);
                } else {
                    LOGGER.debug("No db.properties found on the class path or in " + CONFIG_DIRS[0]);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Failed to load db.properties", e);
            }
            checkEncryption(dbProps);
            properties = dbProps;
            loaded = true;
        }
        return properties;
    }

    public static synchronized Properties setDbProperties(Properties props) throws IOException {
        if (loaded) {
            throw new IllegalStateException("DbProperties has already been loaded");
        }
        use(props);
        return properties;
    }

    /** Replaces the properties (TransactionLegacy.initDataSource may be called again, e.g. by tests). */
    static synchronized void use(Properties props) {
        Properties copy = new Properties();
        copy.putAll(props);
        checkEncryption(copy);
        properties = copy;
        loaded = true;
    }

    private static void checkEncryption(Properties props) {
        try {
            new EncryptionSecretKeyChecker().check(props, dbEncryptionType);
        } catch (IOException e) {
            throw new IllegalStateException("Failed to read the encryption secret", e);
        }
    }

    private static InputStream openDbProperties() throws IOException {
        InputStream in = DbProperties.class.getClassLoader().getResourceAsStream(DB_PROPERTIES);
        if (in != null) {
            return in;
        }
        for (File dir : CONFIG_DIRS) {
            File file = new File(dir, DB_PROPERTIES);
            if (file.isFile()) {
                return new FileInputStream(file);
            }
        }
        return null;
    }
}
