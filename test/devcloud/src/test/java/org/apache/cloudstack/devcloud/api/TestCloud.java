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
package org.apache.cloudstack.devcloud.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.cloudstack.devcloud.ComponentLifecycleRunner;
import org.apache.cloudstack.devcloud.account.AccountProvisioning;
import org.apache.cloudstack.devcloud.account.AccountVO;
import org.apache.cloudstack.devcloud.account.DomainVO;
import org.apache.cloudstack.devcloud.account.UserVO;
import org.apache.cloudstack.devcloud.api.testcmd.TestCommands;
import org.apache.cloudstack.devcloud.api.testcmd.TestEventService;
import org.apache.cloudstack.testing.db.EmbeddedMariaDb;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;

import com.cloud.domain.Domain;
import com.cloud.user.Account;
import com.cloud.utils.Pair;
import com.cloud.utils.crypt.EncryptionSecretKeyChecker;

/**
 * One API server per test JVM: real MariaDB (the shim's EmbeddedMariaDb) with devcloud's core schema,
 * the api side's and the settings' Spring contexts plus test commands and settings, Jetty on a free
 * loopback port. Accounts get names unique to the run, so other tests sharing the database do not collide
 * with them.
 *
 * <p>Accounts: a root admin in ROOT; domains d1 and d2 under ROOT; a domain admin of d1; users alice and
 * bob in d1; carol in d2.
 */
public final class TestCloud {

    public static final class Person {
        public final String username;
        public final String password;
        public final String apiKey;
        public final String secretKey;
        public final AccountVO account;
        public final UserVO user;
        public final DomainVO domain;

        Person(String username, String password, String apiKey, String secretKey, AccountVO account, UserVO user, DomainVO domain) {
            this.username = username;
            this.password = password;
            this.apiKey = apiKey;
            this.secretKey = secretKey;
            this.account = account;
            this.user = user;
            this.domain = domain;
        }
    }

    private static TestCloud instance;

    public final GenericApplicationContext context;
    public final ApiHttpServer server;
    public final String apiUrl;
    public final String run;
    public final DomainVO root;
    public final DomainVO d1;
    public final DomainVO d2;
    public final Person admin;
    public final Person domainAdmin;
    public final Person alice;
    public final Person bob;
    public final Person carol;
    private final Map<String, Person> people = new LinkedHashMap<>();

    public static synchronized TestCloud get() {
        if (instance == null) {
            instance = new TestCloud();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "testcloud-stop"));
        }
        return instance;
    }

    private final ComponentLifecycleRunner lifecycle;

    private TestCloud() {
        EmbeddedMariaDb db = EmbeddedMariaDb.withTransactionLegacy();
        db.runScript("db/cloudstack-core.sql");
        EncryptionSecretKeyChecker.initEncryptor("devcloud-api-test-secret-0123456789");
        bootstrapRows(db);

        context = new GenericApplicationContext();
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        new XmlBeanDefinitionReader(context).loadBeanDefinitions("classpath:META-INF/devcloud/spring-devcloud-api-context.xml");
        new XmlBeanDefinitionReader(context).loadBeanDefinitions("classpath:META-INF/devcloud/spring-devcloud-config-context.xml");
        context.registerBeanDefinition("testSettings", new RootBeanDefinition(TestSettings.class));
        context.registerBeanDefinition("testCommands", new RootBeanDefinition(TestCommands.class));
        context.registerBeanDefinition("testEventService", new RootBeanDefinition(TestEventService.class));
        context.refresh();
        server = context.getBean(ApiHttpServer.class);
        server.setPort(0);
        lifecycle = new ComponentLifecycleRunner(context);
        lifecycle.configureAndStart();
        apiUrl = server.getApiUrl();

        run = Long.toString(System.nanoTime() % 2_000_000_000L, 36);
        AccountProvisioning accounts = context.getBean(AccountProvisioning.class);
        root = accounts.findDomainByPath("/");
        d1 = accounts.createDomain("d1-" + run, Domain.ROOT_DOMAIN);
        d2 = accounts.createDomain("d2-" + run, Domain.ROOT_DOMAIN);
        admin = person(accounts, "root-" + run, Account.Type.ADMIN, root);
        domainAdmin = person(accounts, "d1admin-" + run, Account.Type.DOMAIN_ADMIN, d1);
        alice = person(accounts, "alice-" + run, Account.Type.NORMAL, d1);
        bob = person(accounts, "bob-" + run, Account.Type.NORMAL, d1);
        carol = person(accounts, "carol-" + run, Account.Type.NORMAL, d2);
    }

    /** The rows CloudStack creates on first start (ROOT, the system account and user), if missing. */
    private static void bootstrapRows(EmbeddedMariaDb db) {
        try (Connection c = db.connect()) {
            exec(c, "INSERT IGNORE INTO `domain` (`id`, `uuid`, `parent`, `name`, `owner`, `path`, `level`, `state`, `created`) VALUES (1, ?, NULL, 'ROOT', 2, '/', 0,"
                + " 'Active', UTC_TIMESTAMP())", UUID.randomUUID().toString());
            exec(c, "INSERT IGNORE INTO `account` (`id`, `uuid`, `account_name`, `type`, `role_id`, `domain_id`, `state`, `created`, `default`) VALUES"
                + " (1, ?, 'system', 1, 1, 1, 'enabled', UTC_TIMESTAMP(), 1)", UUID.randomUUID().toString());
            exec(c, "INSERT IGNORE INTO `user` (`id`, `uuid`, `username`, `password`, `account_id`, `firstname`, `lastname`, `state`, `created`, `is_default`)"
                + " VALUES (1, ?, 'system', '', 1, 'system', 'cloud', 'enabled', UTC_TIMESTAMP(), 1)", UUID.randomUUID().toString());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the bootstrap rows: " + e.getMessage(), e);
        }
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private Person person(AccountProvisioning accounts, String name, Account.Type type, DomainVO domain) {
        AccountVO account = accounts.createAccount(name, type, domain.getId());
        String password = "pw-" + UUID.randomUUID();
        UserVO user = accounts.createUser(account.getId(), name, password, "First " + name, "Last", name + "@example.com", "UTC");
        Pair<String, String> keys = accounts.createApiKeys(user.getId());
        Person p = new Person(name, password, keys.first(), keys.second(), account, user, domain);
        people.put(name, p);
        return p;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ApiClient client(Person p) {
        return new ApiClient(apiUrl, p);
    }

    private void stop() {
        lifecycle.stop();
        context.close();
    }
}
