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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.framework.config.Configurable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.cloud.utils.Pair;
import com.cloud.utils.crypt.DBEncryptionUtil;

/**
 * The plugin is compiled against the shim but runs on CloudStack's jars: the members it uses must
 * compile, and their erased descriptors, kinds and static-ness must be CloudStack's.
 */
class ShimSignatureTest {

    @Test
    void pluginStyleDbCodeCompilesAgainstTheShim(@TempDir Path out) throws IOException {
        String source;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("signature/PluginDbUsage.java.txt")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///signature/PluginDbUsage.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "--release", "17", "-proc:none");
            boolean ok = compiler.getTask(null, fm, diagnostics, options, null, List.of(file)).call();
            StringBuilder errors = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.append(d.getLineNumber()).append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
                }
            }
            assertTrue(ok, errors.toString());
        }
        assertTrue(Files.exists(out.resolve("signature/PluginDbUsage$PeerDaoImpl.class")));
    }

    private static String descriptor(Method m) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : m.getParameterTypes()) {
            sb.append(p.getName()).append(';');
        }
        return sb.append(')').append(m.getReturnType().getName()).toString();
    }

    @Test
    void genericDaoErasesIdToSerializable() throws NoSuchMethodException {
        TypeVariable<?>[] vars = GenericDao.class.getTypeParameters();
        assertEquals("ID", vars[1].getName());
        assertEquals(Serializable.class, vars[1].getBounds()[0]);
        assertEquals("(java.io.Serializable;)java.lang.Object", descriptor(GenericDao.class.getMethod("findById", Serializable.class)));
        assertEquals("(java.io.Serializable;java.lang.Object;)boolean", descriptor(GenericDao.class.getMethod("update", Serializable.class, Object.class)));
        assertEquals("(java.io.Serializable;java.lang.Boolean;)java.lang.Object", descriptor(GenericDao.class.getMethod("lockRow", Serializable.class, Boolean.class)));
        assertEquals("(com.cloud.utils.db.SearchCriteria;com.cloud.utils.db.Filter;)com.cloud.utils.Pair",
                descriptor(GenericDao.class.getMethod("searchAndCount", SearchCriteria.class, Filter.class)));
        assertEquals("(java.lang.Class;)com.cloud.utils.db.GenericSearchBuilder", descriptor(GenericDao.class.getMethod("createSearchBuilder", Class.class)));
        assertEquals("()com.cloud.utils.db.SearchBuilder", descriptor(GenericDao.class.getMethod("createSearchBuilder")));
        assertEquals(Pair.class, GenericDao.class.getMethod("searchAndCount", SearchCriteria.class, Filter.class).getReturnType());
    }

    @Test
    void daoBaseIsAnAbstractClassImplementingGenericDao() throws NoSuchMethodException {
        assertTrue(Modifier.isAbstract(GenericDaoBase.class.getModifiers()));
        assertFalse(GenericDaoBase.class.isInterface());
        assertTrue(GenericDao.class.isAssignableFrom(GenericDaoBase.class));
        assertTrue(com.cloud.utils.component.ComponentLifecycleBase.class.isAssignableFrom(GenericDaoBase.class));
        assertTrue(com.cloud.utils.component.ComponentMethodInterceptable.class.isAssignableFrom(GenericDaoBase.class));
        assertEquals(Serializable.class, GenericDaoBase.class.getTypeParameters()[1].getBounds()[0]);
        Method getDao = GenericDaoBase.class.getMethod("getDao", Class.class);
        assertTrue(Modifier.isStatic(getDao.getModifiers()));
        assertEquals(GenericDao.class, getDao.getReturnType());
        assertEquals("(com.cloud.utils.db.SearchCriteria;com.cloud.utils.db.Filter;)java.util.List",
                descriptor(GenericDaoBase.class.getDeclaredMethod("listBy", SearchCriteria.class, Filter.class)));
    }

    @Test
    void searchBuildersHaveCloudStacksShapes() throws NoSuchMethodException {
        TypeVariable<?>[] vars = SearchBase.class.getTypeParameters();
        assertEquals(3, vars.length);
        assertEquals(SearchBase.class, ((java.lang.reflect.ParameterizedType)vars[0].getBounds()[0]).getRawType());
        assertTrue(Modifier.isAbstract(SearchBase.class.getModifiers()));
        assertEquals(GenericSearchBuilder.class, SearchBuilder.class.getSuperclass());
        assertEquals(SearchBase.class, GenericSearchBuilder.class.getSuperclass());
        assertEquals("(java.lang.String;java.lang.Object;com.cloud.utils.db.SearchCriteria$Op;)com.cloud.utils.db.GenericSearchBuilder",
                descriptor(GenericSearchBuilder.class.getMethod("and", String.class, Object.class, SearchCriteria.Op.class)));
        assertEquals("(java.lang.String;com.cloud.utils.db.SearchCriteria$Func;java.lang.Object;[Ljava.lang.Object;;)com.cloud.utils.db.SearchBase",
                descriptor(SearchBase.class.getMethod("select", String.class, SearchCriteria.Func.class, Object.class, Object[].class)));
        assertEquals("()com.cloud.utils.db.SearchCriteria", descriptor(SearchBase.class.getMethod("create")));
        assertEquals("()java.lang.Object", descriptor(SearchBase.class.getMethod("entity")));
        assertFalse(SearchCriteria.class.isInterface());
    }

    @Test
    void transactionEntryPointsAreStatic() throws NoSuchMethodException {
        Method execute = Transaction.class.getMethod("execute", TransactionCallback.class);
        assertTrue(Modifier.isStatic(execute.getModifiers()));
        assertEquals(Object.class, execute.getReturnType());
        assertEquals(Throwable.class, TransactionCallbackWithException.class.getTypeParameters()[1].getBounds()[0]);
        assertTrue(TransactionCallback.class.isInterface());
        assertFalse(TransactionCallbackNoReturn.class.isInterface());
        assertTrue(Modifier.isStatic(TransactionLegacy.class.getMethod("currentTxn").getModifiers()));
        assertTrue(Modifier.isStatic(DBEncryptionUtil.class.getMethod("encrypt", String.class).getModifiers()));
        assertEquals(0, TransactionLegacy.CLOUD_DB);
    }

    @Test
    void configKeyReadsAreInstanceMethodsWithCloudStacksTypes() throws NoSuchMethodException {
        assertFalse(ConfigKey.class.isInterface());
        assertTrue(Configurable.class.isInterface());
        assertEquals("()java.lang.Object", descriptor(ConfigKey.class.getMethod("value")));
        assertEquals("(java.lang.Long;)java.lang.Object", descriptor(ConfigKey.class.getMethod("valueIn", Long.class)));
        assertEquals("()java.lang.String", descriptor(ConfigKey.class.getMethod("key")));
        assertTrue(Modifier.isFinal(ConfigKey.class.getMethod("key").getModifiers()));
        assertEquals("()[Lorg.apache.cloudstack.framework.config.ConfigKey;", descriptor(Configurable.class.getMethod("getConfigKeys")));
        assertEquals("Network", ConfigKey.CATEGORY_NETWORK);
        assertEquals("Advanced", ConfigKey.CATEGORY_ADVANCED);
        assertEquals("removed", GenericDao.REMOVED_COLUMN);
        assertEquals("created", GenericDao.CREATED_COLUMN);
    }
}
