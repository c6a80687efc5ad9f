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
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.framework.config.Configurable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
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
        Method listBy = GenericDaoBase.class.getDeclaredMethod("listBy", SearchCriteria.class, Filter.class);
        assertEquals("(com.cloud.utils.db.SearchCriteria;com.cloud.utils.db.Filter;)java.util.List", descriptor(listBy));
        // protected in CloudStack: only a DAO's own subclass may call it
        assertTrue(Modifier.isProtected(listBy.getModifiers()));
        assertTrue(Modifier.isProtected(GenericDaoBase.class.getDeclaredMethod("listBy", SearchCriteria.class).getModifiers()));
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

    // ---- the plugin's whole CloudStack surface, line by line (signature/plugin-surface.txt) ----

    /**
     * One test per line of plugin-surface.txt: each type, superclass chain, superinterface list,
     * member, implemented method, inlined constant and annotation attribute the plugin relies on,
     * as CloudStack declares it.
     */
    @TestFactory
    Stream<DynamicTest> theShimMatchesCloudStackForEverythingThePluginUses() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : surfaceLines()) {
            tests.add(DynamicTest.dynamicTest(line, () -> check(line)));
        }
        assertTrue(tests.size() > 400, "the surface list lost lines: " + tests.size());
        return tests.stream();
    }

    @Test
    void theSurfaceListNamesEachMemberOnce() throws IOException {
        List<String> lines = surfaceLines();
        Set<String> unique = new HashSet<>(lines);
        assertEquals(lines.size(), unique.size(), "duplicate lines in plugin-surface.txt");
    }

    @Test
    void theSurfaceCheckRejectsWhatCloudStackLacks() {
        // the checker itself must fail on a member, kind, value or access that does not match
        assertThrowsError(() -> check("use com.cloud.vm.NicProfile getVirtualMachineId ()Ljava/lang/Long;"));
        assertThrowsError(() -> check("use com.cloud.network.vpc.Vpc isDistributedVpcRouter ()Z"));
        assertThrowsError(() -> check("type com.cloud.network.Network class"));
        assertThrowsError(() -> check("super com.cloud.utils.fsm.NoTransitionException com.cloud.exception.CloudException java.lang.Exception"));
        assertThrowsError(() -> check("iface com.cloud.network.vpc.Vpc org.apache.cloudstack.acl.ControlledEntity"));
        assertThrowsError(() -> check("const org.apache.cloudstack.api.ApiConstants ID java.lang.String \"uuid\""));
        assertThrowsError(() -> check("use com.cloud.utils.db.GenericDaoBase listBy (Lcom/cloud/utils/db/SearchCriteria;)Ljava/util/List;"));
        assertThrowsError(() -> check("use org.apache.cloudstack.context.CallContext current ()Lorg/apache/cloudstack/context/CallContext;"));
        assertThrowsError(() -> check("attr org.apache.cloudstack.api.Parameter allowedValues [Ljava/lang/String;"));
    }

    private static void assertThrowsError(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, e);
    }

    private static List<String> surfaceLines() throws IOException {
        String text;
        try (InputStream in = ShimSignatureTest.class.getClassLoader().getResourceAsStream("signature/plugin-surface.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static void check(String line) {
        try {
            checkLine(line);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(line + ": not in the shim (" + e + ")", e);
        }
    }

    private static void checkLine(String line) throws ReflectiveOperationException {
        String[] f = line.split(" ");
        switch (f[0]) {
            case "type":
                assertEquals(f[2], kind(type(f[1])), line);
                break;
            case "super":
                checkSuperclasses(type(f[1]), Arrays.copyOfRange(f, 2, f.length), line);
                break;
            case "iface":
                checkInterfaces(type(f[1]), Arrays.copyOfRange(f, 2, f.length), line);
                break;
            case "use":
                checkUse(type(f[1]), f[2], f[3], Arrays.asList(f).subList(4, f.length), line);
                break;
            case "impl":
                checkImpl(type(f[1]), f[2], f[3], line);
                break;
            case "const":
                checkConstant(type(f[1]), f[2], f[3], line.substring(line.indexOf(f[3]) + f[3].length() + 1), line);
                break;
            case "attr":
                Method attribute = type(f[1]).getDeclaredMethod(f[2]);
                assertEquals(f[3], attribute.getReturnType().descriptorString(), line);
                break;
            default:
                throw new AssertionError("unknown line kind: " + line);
        }
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(name, false, ShimSignatureTest.class.getClassLoader());
    }

    private static String kind(Class<?> c) {
        if (c.isAnnotation()) {
            return "annotation";
        }
        if (c.isInterface()) {
            return "interface";
        }
        if (c.isEnum()) {
            return "enum";
        }
        return Modifier.isAbstract(c.getModifiers()) ? "abstract-class" : "class";
    }

    private static void checkSuperclasses(Class<?> c, String[] expected, String line) {
        List<String> actual = new ArrayList<>();
        for (Class<?> s = c.getSuperclass(); s != null && actual.size() < expected.length; s = s.getSuperclass()) {
            actual.add(s.getName());
        }
        assertEquals(Arrays.asList(expected), actual, line);
    }

    private static void checkInterfaces(Class<?> c, String[] cloudStacks, String line) {
        Set<String> allowed = new HashSet<>(Arrays.asList(cloudStacks));
        for (Class<?> i : c.getInterfaces()) {
            assertTrue(allowed.contains(i.getName()), line + ": CloudStack's " + c.getName() + " does not extend " + i.getName());
        }
    }

    /** The class, its superclasses and all their interfaces, in the order the JVM's resolution searches them. */
    private static Set<Class<?>> hierarchy(Class<?> c) {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            out.add(k);
        }
        Deque<Class<?>> todo = new ArrayDeque<>(out);
        while (!todo.isEmpty()) {
            for (Class<?> i : todo.pop().getInterfaces()) {
                if (out.add(i)) {
                    todo.add(i);
                }
            }
        }
        return out;
    }

    private static String methodDescriptor(Executable e) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : e.getParameterTypes()) {
            sb.append(p.descriptorString());
        }
        sb.append(')');
        return sb.append(e instanceof Method ? ((Method)e).getReturnType().descriptorString() : "V").toString();
    }

    private static Member find(Class<?> owner, String name, String desc) {
        if ("<init>".equals(name)) {
            for (Constructor<?> ctor : owner.getDeclaredConstructors()) {
                if (methodDescriptor(ctor).equals(desc)) {
                    return ctor;
                }
            }
            return null;
        }
        for (Class<?> k : hierarchy(owner)) {
            if (desc.startsWith("(")) {
                for (Method m : k.getDeclaredMethods()) {
                    if (m.getName().equals(name) && methodDescriptor(m).equals(desc) && !Modifier.isPrivate(m.getModifiers())) {
                        return m;
                    }
                }
            } else {
                for (Field fd : k.getDeclaredFields()) {
                    if (fd.getName().equals(name) && fd.getType().descriptorString().equals(desc) && !Modifier.isPrivate(fd.getModifiers())) {
                        return fd;
                    }
                }
            }
        }
        return null;
    }

    private static void checkUse(Class<?> owner, String name, String desc, List<String> flags, String line) {
        Member m = find(owner, name, desc);
        assertTrue(m != null, line + ": no such member in the shim");
        assertEquals(flags.contains("static"), Modifier.isStatic(m.getModifiers()), line + ": static-ness");
        if (flags.contains("protected")) {
            assertTrue(Modifier.isProtected(m.getModifiers()), line + ": CloudStack declares it protected");
        } else {
            assertTrue(Modifier.isPublic(m.getModifiers()), line + ": CloudStack declares it public");
        }
    }

    private static void checkImpl(Class<?> owner, String name, String desc, String line) {
        Member m = find(owner, name, desc);
        assertTrue(m instanceof Method, line + ": no such method to implement in the shim");
        int mod = m.getModifiers();
        assertFalse(Modifier.isStatic(mod) || Modifier.isFinal(mod) || Modifier.isPrivate(mod), line + ": not overridable");
    }

    private static void checkConstant(Class<?> owner, String name, String type, String value, String line) throws IllegalAccessException {
        Field fd = null;
        for (Class<?> k : hierarchy(owner)) {
            try {
                fd = k.getDeclaredField(name);
                break;
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        assertTrue(fd != null, line + ": no such constant");
        int mod = fd.getModifiers();
        assertTrue(Modifier.isStatic(mod) && Modifier.isFinal(mod) && Modifier.isPublic(mod), line + ": not a public static final field");
        assertEquals(type, fd.getType().getName(), line);
        Object actual = fd.get(null);
        Object expected;
        switch (type) {
            case "java.lang.String":
                expected = value.substring(1, value.length() - 1);
                break;
            case "long":
                expected = Long.parseLong(value.replaceAll("[lL]$", ""));
                break;
            case "int":
                expected = Integer.parseInt(value);
                break;
            case "short":
                expected = Short.parseShort(value);
                break;
            case "boolean":
                expected = Boolean.parseBoolean(value);
                break;
            default:
                throw new AssertionError(line + ": unsupported constant type");
        }
        assertEquals(expected, actual, line);
    }
}
