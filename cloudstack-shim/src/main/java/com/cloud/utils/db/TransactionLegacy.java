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

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.utils.exception.CloudRuntimeException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The thread's database context: one lazily acquired connection, a stack of open scopes and of
 * started transactions. {@code open}/{@code close} nest; {@code start}/{@code commit} nest too and
 * only the outermost commit reaches the database. A scope closed while a transaction it started is
 * still uncommitted (its callback threw) rolls the whole database transaction back and leaves the
 * outer transaction rollback-only, so an outer commit cannot silently keep half of the work.
 *
 * The data source is a HikariCP pool configured from db.properties keys (see {@link #initDataSource(Properties)}).
 */
public class TransactionLegacy implements Closeable {
    protected static Logger LOGGER = LogManager.getLogger(TransactionLegacy.class);

    public static final short CLOUD_DB = 0;
    public static final short USAGE_DB = 1;
    public static final short SIMULATOR_DB = 3;
    public static final short CONNECTED_DB = -1;

    private static final ThreadLocal<TransactionLegacy> tls = new ThreadLocal<>();
    private static final AtomicLong s_id = new AtomicLong();
    private static final String DEFAULT_DRIVER = "jdbc:mysql";

    private static volatile HikariDataSource s_ds;

    private enum Kind { OPEN, START }

    private static final class Element {
        final Kind kind;
        final String name;

        Element(Kind kind, String name) {
            this.kind = kind;
            this.name = name;
        }
    }

    private final LinkedList<Element> _stack = new LinkedList<>();
    private final long _id;
    private final String _creator;
    private String _name;
    private short _dbId;
    private Connection _conn;
    private boolean _txn;
    private boolean _rollbackOnly;
    private PreparedStatement _stmt;

    private TransactionLegacy(String name, short databaseId) {
        _name = name;
        _dbId = databaseId;
        _id = s_id.incrementAndGet();
        _creator = Thread.currentThread().getName();
    }

    /** The thread's current context, or null when nothing has been opened on this thread. */
    public static TransactionLegacy currentTxn() {
        return tls.get();
    }

    public static TransactionLegacy open(final short databaseId) {
        return open("current_txn", databaseId, true);
    }

    public static TransactionLegacy open(final String name) {
        return open(name, CLOUD_DB, false);
    }

    public static TransactionLegacy open(final String name, final short databaseId, final boolean forceDbChange) {
        TransactionLegacy txn = tls.get();
        if (txn == null) {
            txn = new TransactionLegacy(name, databaseId);
            tls.set(txn);
        } else if (forceDbChange && txn._dbId != databaseId) {
            if (txn._txn) {
                throw new CloudRuntimeException("Cannot switch to database " + databaseId + " inside a transaction on database " + txn._dbId);
            }
            txn.closeConnection();
            txn._dbId = databaseId;
        }
        txn._stack.push(new Element(Kind.OPEN, name));
        return txn;
    }

    public long getId() {
        return _id;
    }

    public String getName() {
        return _name;
    }

    public String getCreator() {
        return _creator;
    }

    public Short getDatabaseId() {
        return _dbId;
    }

    public boolean dbTxnStarted() {
        return _txn;
    }

    /**
     * @deprecated use {@link Transaction#execute(TransactionCallback)}
     */
    @Deprecated
    public void start() {
        _stack.push(new Element(Kind.START, null));
        if (_txn) {
            return;
        }
        _txn = true;
        _rollbackOnly = false;
        if (_conn != null) {
            try {
                _conn.setAutoCommit(false);
            } catch (SQLException e) {
                throw new CloudRuntimeException("Unable to start a transaction: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Ends the innermost started transaction. Returns true only when this call committed to the
     * database, i.e. it ended the outermost transaction.
     */
    public boolean commit() {
        if (!removeTopStart()) {
            LOGGER.warn("commit() called without a started transaction");
            return false;
        }
        if (!_txn) {
            return false;
        }
        if (hasStart()) {
            return false;
        }
        if (_rollbackOnly) {
            rollbackDb();
            throw new CloudRuntimeException("The transaction was rolled back because a nested transaction failed");
        }
        try {
            if (_conn != null) {
                _conn.commit();
                _conn.setAutoCommit(true);
            }
            _txn = false;
            return true;
        } catch (SQLException e) {
            rollbackDb();
            throw new CloudRuntimeException("Unable to commit: " + e.getMessage(), e);
        }
    }

    /** Rolls the database transaction back; an enclosing transaction becomes rollback-only. */
    public void rollback() {
        removeTopStart();
        if (!_txn) {
            return;
        }
        if (hasStart()) {
            rollbackConnectionOnly();
            _rollbackOnly = true;
        } else {
            rollbackDb();
        }
    }

    @Override
    public void close() {
        boolean uncommitted = false;
        while (!_stack.isEmpty()) {
            Element e = _stack.pop();
            if (e.kind == Kind.START) {
                uncommitted = true;
            } else {
                break;
            }
        }
        if (uncommitted && _txn) {
            if (hasStart()) {
                rollbackConnectionOnly();
                _rollbackOnly = true;
            } else {
                rollbackDb();
            }
        }
        if (_stack.isEmpty()) {
            cleanup();
        }
    }

    /** Closes the scope only if it is the named one; true if the context was cleaned up. */
    public boolean close(final String name) {
        if (_stack.isEmpty()) {
            return true;
        }
        Element top = null;
        for (Element e : _stack) {
            if (e.kind == Kind.OPEN) {
                top = e;
                break;
            }
        }
        close();
        return top != null && name != null && name.equals(top.name) && _stack.isEmpty();
    }

    public void cleanup() {
        closePreviousStatement();
        if (_txn) {
            rollbackDb();
        }
        closeConnection();
        _stack.clear();
        _rollbackOnly = false;
        if (tls.get() == this) {
            tls.remove();
        }
    }

    public Connection getConnection() throws SQLException {
        if (_conn == null) {
            if (_dbId != CLOUD_DB) {
                throw new CloudRuntimeException("No data source is configured for database id " + _dbId + "; the shim serves the cloud database only");
            }
            _conn = dataSource().getConnection();
            _conn.setAutoCommit(!_txn);
        }
        return _conn;
    }

    public Connection getCurrentConnection() {
        return _conn;
    }

    public PreparedStatement prepareStatement(final String sql) throws SQLException {
        return getConnection().prepareStatement(sql);
    }

    public PreparedStatement prepareAutoCloseStatement(final String sql) throws SQLException {
        PreparedStatement stmt = prepareStatement(sql);
        closePreviousStatement();
        _stmt = stmt;
        return stmt;
    }

    public PreparedStatement prepareAutoCloseStatement(final String sql, final int autoGeneratedKeys) throws SQLException {
        PreparedStatement stmt = getConnection().prepareStatement(sql, autoGeneratedKeys);
        closePreviousStatement();
        _stmt = stmt;
        return stmt;
    }

    public static Connection getStandaloneConnectionWithException() throws SQLException {
        return dataSource().getConnection();
    }

    public static Connection getStandaloneConnection() {
        try {
            return getStandaloneConnectionWithException();
        } catch (SQLException e) {
            LOGGER.error("Unable to get a standalone connection", e);
            return null;
        }
    }

    public static void initDataSource(String propsFileName) throws IOException {
        File file = new File(propsFileName);
        if (!file.isFile()) {
            return;
        }
        Properties props = new Properties();
        try (InputStream in = new FileInputStream(file)) {
            props.load(in);
        }
        initDataSource(props);
    }

    /**
     * Configures the cloud database pool from db.properties keys: db.cloud.uri (a full JDBC URL), or
     * db.cloud.driver (default jdbc:mysql), db.cloud.host, db.cloud.port, db.cloud.name,
     * db.cloud.autoReconnect, db.cloud.url.params; db.cloud.username, db.cloud.password,
     * db.cloud.maxActive, db.cloud.isolation.level; db.cloud.encryption.type and
     * db.cloud.encrypt.secret for encrypted columns.
     */
    public static synchronized void initDataSource(Properties dbProps) {
        if (dbProps == null || dbProps.isEmpty()) {
            return;
        }
        DbProperties.use(dbProps);

        HikariConfig config = new HikariConfig();
        config.setPoolName("cloud");
        config.setJdbcUrl(connectionUri(dbProps));
        config.setUsername(dbProps.getProperty("db.cloud.username"));
        config.setPassword(dbProps.getProperty("db.cloud.password"));
        int maxActive = intProperty(dbProps, "db.cloud.maxActive", 50);
        config.setMaximumPoolSize(maxActive);
        config.setMinimumIdle(Math.min(2, maxActive));
        config.setConnectionTimeout(30_000);
        config.setMaxLifetime(600_000);
        config.setTransactionIsolation(isolationLevel(dbProps.getProperty("db.cloud.isolation.level")));

        HikariDataSource previous = s_ds;
        s_ds = new HikariDataSource(config);
        if (previous != null) {
            previous.close();
        }
        LOGGER.info("Cloud database pool configured for " + redact(config.getJdbcUrl()));
    }

    static String connectionUri(Properties dbProps) {
        String uri = dbProps.getProperty("db.cloud.uri");
        if (uri == null || uri.isBlank()) {
            String driver = dbProps.getProperty("db.cloud.driver", DEFAULT_DRIVER);
            String host = dbProps.getProperty("db.cloud.host", "localhost");
            int port = intProperty(dbProps, "db.cloud.port", 3306);
            String name = dbProps.getProperty("db.cloud.name", "cloud");
            StringBuilder sb = new StringBuilder(driver).append("://").append(host).append(':').append(port).append('/').append(name);
            sb.append("?autoReconnect=").append(Boolean.parseBoolean(dbProps.getProperty("db.cloud.autoReconnect", "true")));
            String params = dbProps.getProperty("db.cloud.url.params");
            if (params != null && !params.isBlank()) {
                sb.append('&').append(params);
            }
            uri = sb.toString();
        }
        // CloudStack's db.properties says jdbc:mysql; MariaDB Connector/J 3 accepts that scheme
        // only when asked to, so say so when the MySQL driver itself is absent.
        if (uri.startsWith("jdbc:mysql:") && !classPresent("com.mysql.cj.jdbc.Driver") && !uri.contains("permitMysqlScheme")) {
            uri = uri + (uri.contains("?") ? "&" : "?") + "permitMysqlScheme";
        }
        return uri;
    }

    private static boolean classPresent(String name) {
        try {
            Class.forName(name, false, TransactionLegacy.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static int intProperty(Properties props, String key, int def) {
        String v = props.getProperty(key);
        if (v == null || v.isBlank()) {
            return def;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new CloudRuntimeException("Invalid integer for " + key + ": " + v);
        }
    }

    private static String isolationLevel(String level) {
        if (level == null || level.equalsIgnoreCase("readcommitted")) {
            return "TRANSACTION_READ_COMMITTED";
        } else if (level.equalsIgnoreCase("repeatableread")) {
            return "TRANSACTION_REPEATABLE_READ";
        } else if (level.equalsIgnoreCase("serializable")) {
            return "TRANSACTION_SERIALIZABLE";
        } else if (level.equalsIgnoreCase("readuncommitted")) {
            return "TRANSACTION_READ_UNCOMMITTED";
        }
        throw new CloudRuntimeException("Unknown db.cloud.isolation.level: " + level);
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static DataSource dataSource() {
        HikariDataSource ds = s_ds;
        if (ds == null) {
            synchronized (TransactionLegacy.class) {
                if (s_ds == null) {
                    initDataSource(DbProperties.getDbProperties());
                }
                ds = s_ds;
            }
        }
        if (ds == null) {
            throw new CloudRuntimeException("The database is not initialized: call TransactionLegacy.initDataSource(Properties) or provide db.properties");
        }
        return ds;
    }

    private boolean removeTopStart() {
        Iterator<Element> it = _stack.iterator();
        while (it.hasNext()) {
            if (it.next().kind == Kind.START) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    private boolean hasStart() {
        for (Element e : _stack) {
            if (e.kind == Kind.START) {
                return true;
            }
        }
        return false;
    }

    private void rollbackConnectionOnly() {
        closePreviousStatement();
        if (_conn != null) {
            try {
                _conn.rollback();
            } catch (SQLException e) {
                LOGGER.warn("Unable to roll back", e);
            }
        }
    }

    private void rollbackDb() {
        rollbackConnectionOnly();
        _txn = false;
        _rollbackOnly = false;
        if (_conn != null) {
            try {
                _conn.setAutoCommit(true);
            } catch (SQLException e) {
                LOGGER.warn("Unable to reset auto commit; dropping the connection", e);
                closeConnection();
            }
        }
    }

    private void closePreviousStatement() {
        if (_stmt != null) {
            try {
                _stmt.close();
            } catch (SQLException e) {
                LOGGER.trace("Unable to close statement", e);
            }
            _stmt = null;
        }
    }

    private void closeConnection() {
        closePreviousStatement();
        if (_conn != null) {
            try {
                _conn.close();
            } catch (SQLException e) {
                LOGGER.warn("Unable to close connection", e);
            }
            _conn = null;
        }
    }

    @Override
    public String toString() {
        return "TransactionLegacy[" + _id + " " + _name + ", txn=" + _txn + ", depth=" + _stack.size() + "]";
    }
}
