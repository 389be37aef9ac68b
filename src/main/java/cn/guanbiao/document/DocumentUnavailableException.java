package cn.guanbiao.document;

/** This machine has no font to make documents with ({@link DocumentFont}); answered 503 with one sentence. */
class DocumentUnavailableException extends RuntimeException {

    DocumentUnavailableException() {
        super("文书暂时无法生成（服务器未安装中文字体），请稍后再试或联系市知识产权局。");
    }
}
